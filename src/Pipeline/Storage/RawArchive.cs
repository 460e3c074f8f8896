using System.Globalization;
using Azure;
using Azure.Storage.Blobs.Models;

namespace MigrationFeeds.Pipeline.Storage;

/// <summary>What was retrieved, as it was retrieved: the bytes every figure can be traced back to.</summary>
public sealed record RawDocument
{
    public required string SourceId { get; init; }
    public required Uri Url { get; init; }
    public required string ContentType { get; init; }
    public required DateTimeOffset RetrievedAt { get; init; }
    public required ReadOnlyMemory<byte> Content { get; init; }

    /// <summary>Set when the bytes are not exactly those received: what was replaced (a secret the publisher echoed).</summary>
    public string? Redaction { get; init; }
}

/// <summary>
/// Raw documents in Blob Storage, addressed by the SHA-256 of their bytes. A blob is written once and
/// never overwritten: the same bytes fetched again are already there, under the metadata of their first retrieval.
/// </summary>
public sealed class RawArchive(StorageClients storage)
{
    /// <returns>The content hash, and whether this call stored the bytes (false when they were archived before).</returns>
    public Task<(string Sha256, bool Stored)> PutAsync(RawDocument document, CancellationToken cancellationToken) =>
        storage.UseAsync<(string Sha256, bool Stored)>(async () =>
        {
            var sha = Sha256(document.Content.Span);
            var blob = storage.Raw.GetBlobClient(TableKeys.BlobName(sha));
            var options = new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = document.ContentType },
                Metadata = new Dictionary<string, string>
                {
                    ["url"] = Uri.EscapeDataString(document.Url.AbsoluteUri),
                    ["sourceid"] = document.SourceId,
                    ["retrievedat"] = document.RetrievedAt.ToString("O", CultureInfo.InvariantCulture),
                },
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            };
            if (document.Redaction is not null)
            {
                options.Metadata["redacted"] = Uri.EscapeDataString(document.Redaction);
            }

            try
            {
                await blob.UploadAsync(BinaryData.FromBytes(document.Content), options, cancellationToken).ConfigureAwait(false);
                return (sha, true);
            }
            catch (RequestFailedException e) when (e.Status == 409 || e.ErrorCode == BlobErrorCode.BlobAlreadyExists)
            {
                return (sha, false);
            }
        }, cancellationToken);

    public Task<BinaryData?> GetAsync(string sha256, CancellationToken cancellationToken) =>
        storage.UseAsync<BinaryData?>(async () =>
        {
            try
            {
                var result = await storage.Raw.GetBlobClient(TableKeys.BlobName(sha256))
                    .DownloadContentAsync(cancellationToken).ConfigureAwait(false);
                return result.Value.Content;
            }
            catch (RequestFailedException e) when (e.Status == 404 && !StorageFaults.IsMissingStore(e))
            {
                return null;
            }
        }, cancellationToken);

    public static string Sha256(ReadOnlySpan<byte> content) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
}
