namespace MigrationFeeds.Pipeline.Parse;

/// <summary>The <c>dotnet</c> executable that runs this process, to start the parse worker on the same runtime.</summary>
internal static class DotnetHost
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var self = Environment.ProcessPath;
        if (self is not null && System.IO.Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return self;
        }

        foreach (var candidate in new[]
                 {
                     Environment.GetEnvironmentVariable("DOTNET_HOST_PATH"),
                     Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root ? System.IO.Path.Combine(root, "dotnet") : null,
                     System.IO.Path.Combine(System.IO.Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", "..", "dotnet"),
                 })
        {
            if (candidate is not null && File.Exists(candidate))
            {
                return System.IO.Path.GetFullPath(candidate);
            }
        }

        return "dotnet";
    }
}
