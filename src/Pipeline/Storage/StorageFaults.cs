using System.Net.Sockets;
using Azure;

namespace MigrationFeeds.Pipeline.Storage;

/// <summary>Tells storage that cannot be reached (down, timing out, failing on its side) from a request it refused.</summary>
public static class StorageFaults
{
    /// <summary>True for a connection failure, a timeout or a server error of storage: worth retrying later, not a bug.</summary>
    public static bool IsUnavailable(Exception exception) => exception switch
    {
        RequestFailedException r => r.Status is 0 or 408 or 500 or 502 or 503 or 504 || (r.InnerException is { } inner && IsUnavailable(inner)),
        AggregateException a => a.InnerExceptions.Count > 0 && a.InnerExceptions.All(IsUnavailable),
        HttpRequestException or SocketException or IOException or TimeoutException => true,
        TaskCanceledException t => t.InnerException is TimeoutException || !t.CancellationToken.IsCancellationRequested,
        _ => false,
    };

    /// <summary>A table or the container is missing (an emulator restarted empty, someone deleted it): create it and try again.</summary>
    public static bool IsMissingStore(Exception exception) =>
        exception is RequestFailedException { Status: 404 } r
        && r.ErrorCode is "TableNotFound" or "ContainerNotFound" or "ResourceNotFound"
        && !(r.ErrorCode == "ResourceNotFound" && r.Message.Contains("entity", StringComparison.OrdinalIgnoreCase));
}

/// <summary>Storage stayed unreachable for longer than an ingest waits: the source's run fails, the others go on.</summary>
public sealed class StorageUnavailableException(string message, Exception inner) : Exception(message, inner);
