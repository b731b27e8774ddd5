using System;
using System.Collections.Generic;
using System.Text;

namespace LeakGuard.Engine.Decoding;

/// <summary>
/// Finds runs of base64 (standard or URL-safe) that decode to text, as in Kubernetes Secret <c>data:</c> values and
/// Docker <c>config.json</c> <c>auth</c> values. Binary blobs (images, hashes) are rejected after decoding one block.
/// </summary>
internal static class Base64Runs
{
    public const int MinimumLength = 16;

    /// <summary>Longer runs are embedded files, not credentials; decoding them would cost more than it finds.</summary>
    public const int MaximumLength = 16 * 1024;

    private const int ProbeLength = 64;

    public static IEnumerable<EncodedRun> Find(string text, DecodeBudget budget)
    {
        var i = 0;
        while (i < text.Length && !budget.IsSpent)
        {
            if (!IsBase64(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsBase64(text[i]))
            {
                i++;
            }

            var bodyEnd = i;
            while (i < text.Length && i - bodyEnd < 2 && text[i] == '=')
            {
                i++;
            }

            var length = bodyEnd - start;
            if (length < MinimumLength || length > MaximumLength || (start > 0 && IsWordChar(text[start - 1])))
            {
                continue;
            }

            var decoded = Decode(text, start, length, budget);
            if (decoded is not null)
            {
                yield return new EncodedRun("base64", start, i - start, decoded, null);
            }
        }
    }

    private static string? Decode(string text, int start, int length, DecodeBudget budget)
    {
        var usable = length - (length % 4 == 1 ? 1 : 0);
        var probe = Convert(text, start, Math.Min(usable, ProbeLength));
        if (probe is null || !Printable.IsMostlyPrintable(probe))
        {
            return null;
        }

        var decoded = usable <= ProbeLength ? probe : Convert(text, start, usable);
        if (decoded is null || !budget.TrySpend(decoded.Length) || !Printable.IsMostlyPrintable(decoded))
        {
            return null;
        }

        return decoded;
    }

    private static string? Convert(string text, int start, int length)
    {
        var builder = new StringBuilder(length + 3);
        for (var i = start; i < start + length; i++)
        {
            builder.Append(text[i] switch { '-' => '+', '_' => '/', var c => c });
        }

        while (builder.Length % 4 != 0)
        {
            builder.Append('=');
        }

        try
        {
            return Encoding.UTF8.GetString(System.Convert.FromBase64String(builder.ToString()));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static bool IsBase64(char c) =>
        (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c is '+' or '/' or '-' or '_';

    // A run that continues a word (after a dot or letter that is not base64) is part of an identifier or path.
    private static bool IsWordChar(char c) => c is '.' or '\\' || char.IsLetterOrDigit(c);
}
