using System.Globalization;
using System.Text.Json;

namespace MigrationFeeds.Parsing.Readers.Structured;

/// <summary>One dimension of a JSON-stat dataset: its id, label, and category codes in index order.</summary>
internal sealed record JsonStatDimension
{
    public required string Id { get; init; }
    public string? Label { get; init; }
    public required IReadOnlyList<string> Codes { get; init; }
    public required IReadOnlyDictionary<string, string> Labels { get; init; }

    public string LabelOf(string code) => Labels.TryGetValue(code, out var label) ? label : code;
}

/// <summary>One cell of the cube: the category code of each dimension, its value (null when absent) and its status flag.</summary>
internal sealed record JsonStatCell
{
    public required int Index { get; init; }
    public required IReadOnlyDictionary<string, string> Codes { get; init; }
    public double? Value { get; init; }
    public string? Status { get; init; }
}

/// <summary>
/// A JSON-stat 2.0 dataset: <c>id</c> and <c>size</c> give the dimensions in order, <c>value</c> and <c>status</c>
/// are flat over the cube in row-major order (the last dimension varies fastest), as an array or as an object
/// keyed by the flat index with absent cells left out.
/// </summary>
internal sealed class JsonStatDataset
{
    private readonly IReadOnlyDictionary<int, double?> values;
    private readonly IReadOnlyDictionary<int, string> statuses;

    private JsonStatDataset(IReadOnlyList<JsonStatDimension> dimensions, IReadOnlyDictionary<int, double?> values, IReadOnlyDictionary<int, string> statuses)
    {
        Dimensions = dimensions;
        this.values = values;
        this.statuses = statuses;
    }

    public string? Label { get; private init; }

    /// <summary>When the publisher last changed the data, as it writes it (<c>2025-07-04T10:00:00Z</c>).</summary>
    public string? Updated { get; private init; }

    public IReadOnlyList<JsonStatDimension> Dimensions { get; }

    /// <summary>
    /// The dataset code some publishers put in the extension: Eurostat in <c>extension.id</c>
    /// (<c>MIGR_ASYAPPCTZA</c>), PxWeb in <c>extension.px.tableid</c>.
    /// </summary>
    public string? ExtensionId { get; private init; }

    /// <summary>The ids of the dimensions <c>role</c> names as time (PxWeb names its time variable in the table's language).</summary>
    public IReadOnlyList<string> TimeRoles { get; private init; } = [];

    /// <summary>The ids of the dimensions <c>role</c> names as metric (what is counted: PxWeb's <c>ContentsCode</c>).</summary>
    public IReadOnlyList<string> MetricRoles { get; private init; } = [];

    public JsonStatDimension? Dimension(string id) => Dimensions.FirstOrDefault(d => d.Id.Equals(id, StringComparison.OrdinalIgnoreCase));

    /// <exception cref="InvalidDataException">The element is not a JSON-stat 2.0 dataset, or its sizes and categories disagree.</exception>
    public static JsonStatDataset Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("id", out var ids) || ids.ValueKind != JsonValueKind.Array
            || !root.TryGetProperty("size", out var sizes) || sizes.ValueKind != JsonValueKind.Array
            || !root.TryGetProperty("dimension", out var dimensionObject) || dimensionObject.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("Not a JSON-stat 2.0 dataset: id, size or dimension is missing.");
        }

        if (ids.GetArrayLength() != sizes.GetArrayLength())
        {
            throw new InvalidDataException($"id has {ids.GetArrayLength()} dimensions but size has {sizes.GetArrayLength()}.");
        }

        var dimensions = new List<JsonStatDimension>();
        long cells = 1;
        for (var k = 0; k < ids.GetArrayLength(); k++)
        {
            var id = ids[k].GetString() ?? throw new InvalidDataException("A dimension id is not a string.");
            if (!sizes[k].TryGetInt32(out var size) || size < 0)
            {
                throw new InvalidDataException($"The size of {id} is not a count.");
            }

            if (!dimensionObject.TryGetProperty(id, out var dimension) || !dimension.TryGetProperty("category", out var category))
            {
                throw new InvalidDataException($"Dimension {id} has no category.");
            }

            var codes = Codes(category, id);
            if (codes.Count != size)
            {
                throw new InvalidDataException($"Dimension {id} has size {size} but {codes.Count} categories.");
            }

            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            if (category.TryGetProperty("label", out var l) && l.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in l.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
                {
                    labels[p.Name] = p.Value.GetString()!;
                }
            }

            dimensions.Add(new JsonStatDimension
            {
                Id = id,
                Label = dimension.TryGetProperty("label", out var dl) && dl.ValueKind == JsonValueKind.String ? dl.GetString() : null,
                Codes = codes,
                Labels = labels,
            });
            cells *= size;
        }

        if (cells > JsonValues.MaxRows * 10L)
        {
            throw new InvalidDataException($"The cube has {cells:N0} cells; cubes of more than {JsonValues.MaxRows * 10L:N0} are not read.");
        }

        var values = new Dictionary<int, double?>();
        if (root.TryGetProperty("value", out var value))
        {
            foreach (var (index, element) in Flat(value, (int)cells, "value"))
            {
                values[index] = element.ValueKind switch
                {
                    JsonValueKind.Number => element.GetDouble(),
                    JsonValueKind.Null => null,
                    _ => throw new InvalidDataException($"value[{index}] is neither a number nor null."),
                };
            }
        }

        var statuses = new Dictionary<int, string>();
        if (root.TryGetProperty("status", out var status))
        {
            if (status.ValueKind == JsonValueKind.String)
            {
                // One status for every cell.
                for (var i = 0; i < cells; i++)
                {
                    statuses[i] = status.GetString()!;
                }
            }
            else
            {
                foreach (var (index, element) in Flat(status, (int)cells, "status"))
                {
                    if (element.ValueKind == JsonValueKind.String && element.GetString() is { Length: > 0 } s)
                    {
                        statuses[index] = s;
                    }
                }
            }
        }

        var extension = root.TryGetProperty("extension", out var ext) && ext.ValueKind == JsonValueKind.Object ? ext : default;
        var px = extension.ValueKind == JsonValueKind.Object && extension.TryGetProperty("px", out var pxElement) && pxElement.ValueKind == JsonValueKind.Object ? pxElement : default;
        return new JsonStatDataset(dimensions, values, statuses)
        {
            Label = Text(root, "label"),
            Updated = Text(root, "updated"),
            ExtensionId = Text(extension, "id") ?? Text(px, "tableid"),
            TimeRoles = Role(root, "time"),
            MetricRoles = Role(root, "metric"),
        };
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static List<string> Role(JsonElement root, string name) =>
        root.TryGetProperty("role", out var role) && role.ValueKind == JsonValueKind.Object
            && role.TryGetProperty(name, out var ids) && ids.ValueKind == JsonValueKind.Array
            ? [.. ids.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.String).Select(i => i.GetString()!)]
            : [];

    /// <summary>The cells that have a value or a status, in index order; absent cells are not listed.</summary>
    public IEnumerable<JsonStatCell> Cells()
    {
        foreach (var index in values.Keys.Union(statuses.Keys).Order())
        {
            yield return new JsonStatCell
            {
                Index = index,
                Codes = CoordinatesOf(index),
                Value = values.GetValueOrDefault(index),
                Status = statuses.GetValueOrDefault(index),
            };
        }
    }

    /// <summary>Row-major: the last dimension varies fastest.</summary>
    public IReadOnlyDictionary<string, string> CoordinatesOf(int index)
    {
        var codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var rest = index;
        for (var k = Dimensions.Count - 1; k >= 0; k--)
        {
            var size = Dimensions[k].Codes.Count;
            codes[Dimensions[k].Id] = Dimensions[k].Codes[rest % size];
            rest /= size;
        }

        return codes;
    }

    private static List<string> Codes(JsonElement category, string id)
    {
        if (category.TryGetProperty("index", out var index))
        {
            if (index.ValueKind == JsonValueKind.Array)
            {
                return index.EnumerateArray().Select(c => c.GetString() ?? throw new InvalidDataException($"A category of {id} is not a string.")).ToList();
            }

            if (index.ValueKind == JsonValueKind.Object)
            {
                var ordered = new SortedDictionary<int, string>();
                foreach (var p in index.EnumerateObject())
                {
                    if (!p.Value.TryGetInt32(out var position) || !ordered.TryAdd(position, p.Name))
                    {
                        throw new InvalidDataException($"Category {p.Name} of {id} has no position of its own.");
                    }
                }

                if (ordered.Count > 0 && (ordered.Keys.First() != 0 || ordered.Keys.Last() != ordered.Count - 1))
                {
                    throw new InvalidDataException($"The categories of {id} are not numbered 0..{ordered.Count - 1}.");
                }

                return [.. ordered.Values];
            }
        }

        // A single category may be given by its label alone.
        if (category.TryGetProperty("label", out var label) && label.ValueKind == JsonValueKind.Object)
        {
            var names = label.EnumerateObject().Select(p => p.Name).ToList();
            if (names.Count == 1)
            {
                return names;
            }
        }

        throw new InvalidDataException($"Dimension {id} has no category index.");
    }

    private static IEnumerable<(int Index, JsonElement Element)> Flat(JsonElement element, int cells, string name)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            if (element.GetArrayLength() > cells)
            {
                throw new InvalidDataException($"{name} has {element.GetArrayLength()} entries for {cells} cells.");
            }

            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                yield return (i++, item);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in element.EnumerateObject())
            {
                if (!int.TryParse(p.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var i) || i >= cells)
                {
                    throw new InvalidDataException($"{name} key '{p.Name}' is not a cell of the cube ({cells} cells).");
                }

                yield return (i, p.Value);
            }
        }
        else if (element.ValueKind != JsonValueKind.Null)
        {
            throw new InvalidDataException($"{name} is neither an array nor an object.");
        }
    }
}
