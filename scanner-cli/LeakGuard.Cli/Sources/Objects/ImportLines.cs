using System;
using System.Collections.Generic;
using System.Text;
using LeakGuard.Engine;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>
/// The lines that import packages in the head of a text: past its comments, licence and package declaration, up to
/// the first line of code. A blob scanned in windows is scanned with them: the engine takes a provider's imported
/// package as the context of a credential anywhere below it (<see cref="ImportedPackage"/>), and a key added pages
/// below the imports would otherwise lack it in history, though a whole read finds it. Only the head is read, so a
/// version costs what its head holds, not what it is long.
/// </summary>
internal static class ImportLines
{
    /// <summary>How far into a text imports are looked for: past a licence header, a few dozen of them.</summary>
    private const int Head = 4096;

    /// <summary>Longer lines are code or data, never an import.</summary>
    private const int LongestImport = 512;

    /// <summary>The ranges of consecutive import lines in the head, each ending past its newline.</summary>
    public static List<(int Start, int End)> In(ReadOnlySpan<byte> text)
    {
        var ranges = new List<(int Start, int End)>();
        var head = text[..Math.Min(text.Length, Head)];
        ReadOnlySpan<byte> blockEnd = default;
        Span<char> chars = stackalloc char[LongestImport];
        for (var start = 0; start < head.Length;)
        {
            var newline = head[start..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                break;
            }

            var end = start + newline + 1;
            var line = head[start..end].Trim(" \t\r\n"u8);
            if (!blockEnd.IsEmpty)
            {
                if (line.IndexOf(blockEnd) >= 0)
                {
                    blockEnd = default;
                }
            }
            else if (line.Length > LongestImport)
            {
                break;
            }
            else if (ImportedPackage.IsImportLine(chars[..Encoding.Latin1.GetChars(line, chars)]))
            {
                if (ranges.Count > 0 && ranges[^1].End == start)
                {
                    ranges[^1] = (ranges[^1].Start, end);
                }
                else
                {
                    ranges.Add((start, end));
                }
            }
            else if (!IsPreamble(line, out blockEnd))
            {
                break;
            }

            start = end;
        }

        return ranges;
    }

    /// <summary>
    /// Whether a line may stand above a text's imports: blank, a comment, a directive or a declaration of where the
    /// code belongs. <paramref name="blockEnd"/> is what closes a block comment or docstring the line opens.
    /// </summary>
    private static bool IsPreamble(ReadOnlySpan<byte> line, out ReadOnlySpan<byte> blockEnd)
    {
        blockEnd = default;
        foreach (var (opener, closer) in Blocks)
        {
            if (line.StartsWith(opener))
            {
                if (line[opener.Length..].IndexOf(closer) < 0)
                {
                    blockEnd = closer;
                }

                return true;
            }
        }

        return line.IsEmpty || line[0] is (byte)'#' or (byte)'*' or (byte)'@' or (byte)'\'' or (byte)'"' or (byte)'(' or (byte)')' or (byte)'[' or (byte)';' or (byte)'%'
            || line.StartsWith("//"u8) || line.StartsWith("--"u8) || line.StartsWith("<?"u8) || line.StartsWith("<!--"u8)
            || line.StartsWith("package "u8) || line.StartsWith("namespace "u8) || line.StartsWith("module "u8) || line.StartsWith("Option "u8);
    }

    private static ReadOnlySpan<(byte[] Opener, byte[] Closer)> Blocks => new[]
    {
        ("/*"u8.ToArray(), "*/"u8.ToArray()),
        ("\"\"\""u8.ToArray(), "\"\"\""u8.ToArray()),
        ("'''"u8.ToArray(), "'''"u8.ToArray()),
        ("<!--"u8.ToArray(), "-->"u8.ToArray()),
    };
}
