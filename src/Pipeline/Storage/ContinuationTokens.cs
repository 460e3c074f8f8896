using System.Buffers.Text;
using System.Text;

namespace MigrationFeeds.Pipeline.Storage;

/// <summary>
/// Table Storage's continuation tokens name the next partition and row; wrapped so clients treat them as opaque,
/// and checked on the way back so a forged token can never move a query into another partition.
/// </summary>
internal static class ContinuationTokens
{
    public static string Encode(string token) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(token));

    public static string Decode(string encoded, string partition)
    {
        if (encoded.Length > 2048)
        {
            throw new FormatException("The continuation token is too long.");
        }

        string token;
        try
        {
            token = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(encoded));
        }
        catch (FormatException e)
        {
            throw new FormatException("The continuation token is not one this service issued.", e);
        }

        // The SDK writes the next partition and row keys, each base64-encoded, separated by a space;
        // the partition must be the one queried.
        var space = token.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0 || space == token.Length - 1 || token.Any(char.IsControl) || KeyOf(token[..space]) != partition)
        {
            throw new FormatException("The continuation token is not one this service issued.");
        }

        return token;
    }

    private static string? KeyOf(string encoded)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
