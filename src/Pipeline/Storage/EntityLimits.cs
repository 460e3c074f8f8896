using System.Text.Json;
using Azure.Data.Tables;

namespace MigrationFeeds.Pipeline.Storage;

/// <summary>
/// Table Storage's limits, checked before a write rather than learnt from a refused one: a string property holds at
/// most 64 KiB (32,768 UTF-16 characters), an entity 1 MiB, a transaction 100 operations and 4 MiB.
/// </summary>
internal static class EntityLimits
{
    /// <summary>Characters a string property is given; under the limit, with room for escaping.</summary>
    public const int MaxStringChars = 30_000;

    private const int MaxBatchOperations = 100;

    /// <summary>Payload a transaction is given; under 4 MiB, with room for the batch's own framing.</summary>
    private const int MaxBatchBytes = 3 * 1024 * 1024;

    private const int MaxEntityBytes = 900 * 1024;

    /// <summary>A text cut to the property limit, saying so.</summary>
    public static string? Fit(string? text, int max = MaxStringChars) =>
        text is null || text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 40), $" … ({text.Length - (max - 40):N0} characters cut)");

    /// <summary>
    /// The JSON of a list, with as many items as fit in a property; when some are left out, a last item made by
    /// <paramref name="dropped"/> (given how many) says so.
    /// </summary>
    public static string? FitList<T>(IReadOnlyList<T> items, Func<int, T> dropped, JsonSerializerOptions options)
    {
        if (items.Count == 0)
        {
            return null;
        }

        var json = JsonSerializer.Serialize(items, options);
        var kept = items.Count;
        while (json.Length > MaxStringChars && kept > 0)
        {
            kept /= 2;
            json = JsonSerializer.Serialize(items.Take(kept).Append(dropped(items.Count - kept)).ToList(), options);
        }

        return json;
    }

    /// <summary>
    /// Transactions of at most 100 operations and 3 MiB of entities each: a partition's operations split into as many
    /// as they need.
    /// </summary>
    /// <exception cref="InvalidDataException">An entity is larger than an entity may be.</exception>
    public static IEnumerable<List<TableTransactionAction>> Batches(IEnumerable<TableTransactionAction> actions)
    {
        var batch = new List<TableTransactionAction>();
        var bytes = 0;
        foreach (var action in actions)
        {
            var size = SizeOf(action.Entity);
            if (size > MaxEntityBytes)
            {
                throw new InvalidDataException($"A row of {size:N0} bytes ({action.Entity.PartitionKey}) is larger than a table row may be.");
            }

            if (batch.Count == MaxBatchOperations || (batch.Count > 0 && bytes + size > MaxBatchBytes))
            {
                yield return batch;
                batch = [];
                bytes = 0;
            }

            batch.Add(action);
            bytes += size;
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    /// <summary>The entity as the service receives it (JSON, UTF-8), measured.</summary>
    private static int SizeOf(ITableEntity entity) =>
        entity is TableEntity dictionary
            ? JsonSerializer.SerializeToUtf8Bytes(dictionary.ToDictionary(kv => kv.Key, kv => kv.Value)).Length
            : JsonSerializer.SerializeToUtf8Bytes(entity, entity.GetType()).Length;
}
