# Read a MigrationFeeds series as CSV into R.
#
#   Rscript read_series.R [BASE_URL]
#
# BASE_URL defaults to the local app started by ./run.sh. In Azure, add the function key: ...&code=KEY
args <- commandArgs(trailingOnly = TRUE)
base <- if (length(args) > 0) args[[1]] else "http://127.0.0.1:7071"
url <- paste0(base, "/api/series?indicator=arrivals&country=BIH&from=2021-10&to=2022-12&format=csv&hxl=true")

# The second row holds HXL hashtags (#country+code, #date, ...): read the header, then the data below the tags.
header <- names(read.csv(url, nrows = 1, check.names = FALSE))
series <- read.csv(url, skip = 2, header = FALSE, col.names = header, stringsAsFactors = FALSE)

for (i in seq_len(nrow(series))) {
  cat(series$period[i], series$value[i], "\n")
}
cat("total", sum(series$value), "over", nrow(series), "months\n")
cat("every value cites a document:", all(nzchar(series$document_url)) && all(nzchar(series$quote)), "\n")
