using System;
using System.Buffers.Text;
using System.Collections.Generic;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>Reads the header of a raw commit object: <c>tree</c>, <c>parent</c> lines and the committer's time.</summary>
internal static class CommitParser
{
    public static CommitNode Parse(ReadOnlySpan<byte> raw, ObjectTable ids)
    {
        var tree = -1;
        var parents = new List<int>(2);
        var time = 0L;
        while (!raw.IsEmpty)
        {
            var newline = raw.IndexOf((byte)'\n');
            var line = newline < 0 ? raw : raw[..newline];
            raw = newline < 0 ? [] : raw[(newline + 1)..];
            if (line.IsEmpty)
            {
                break;
            }

            if (line.StartsWith("tree "u8))
            {
                tree = ids.Intern(ParseId(line["tree "u8.Length..]));
            }
            else if (line.StartsWith("parent "u8))
            {
                parents.Add(ids.Intern(ParseId(line["parent "u8.Length..])));
            }
            else if (line.StartsWith("committer "u8))
            {
                time = ParseTime(line);
            }
        }

        return tree < 0 ? throw new FormatException("commit without a tree") : new CommitNode(tree, [.. parents], time);
    }

    private static GitId ParseId(ReadOnlySpan<byte> hex) =>
        GitId.TryParseHex(hex, out var id) ? id : throw new FormatException("malformed object id in a commit");

    /// <summary><c>committer Name &lt;email&gt; 1600000000 +0000</c>: the second field from the end; 0 if unreadable.</summary>
    private static long ParseTime(ReadOnlySpan<byte> line)
    {
        var zone = line.LastIndexOf((byte)' ');
        if (zone <= 0)
        {
            return 0;
        }

        var stamp = line[..zone];
        stamp = stamp[(stamp.LastIndexOf((byte)' ') + 1)..];
        return Utf8Parser.TryParse(stamp, out long seconds, out _) ? seconds : 0;
    }
}
