using System;
using System.Collections.Generic;
using System.Text;

namespace LeakGuard.Cli.Sources;

/// <summary>
/// The lines a unified diff adds to one file, kept at their new-file line numbers, with the hunk's context lines
/// around them so that a keyword on an unchanged neighbouring line still counts as context. Lines the diff does not
/// show are empty, so a span in <see cref="Text"/> maps straight back to the staged file.
/// </summary>
internal sealed class AddedLines
{
    private readonly HashSet<int> added;

    private AddedLines(string text, HashSet<int> added, int addedChars)
    {
        Text = text;
        this.added = added;
        AddedChars = addedChars;
    }

    public string Text { get; }

    public int Count => added.Count;

    public int AddedChars { get; }

    /// <summary>Whether any line from <paramref name="startLine"/> to <paramref name="endLine"/> (1-based) is added.</summary>
    public bool TouchesAdded(int startLine, int endLine)
    {
        for (var line = startLine; line <= endLine; line++)
        {
            if (added.Contains(line))
            {
                return true;
            }
        }

        return false;
    }

    public static AddedLines Parse(string patch)
    {
        var text = new StringBuilder();
        var next = 1;
        void Write(int number, string content)
        {
            // Hunks come in the new file's order and do not overlap, so each line is written after the ones before it.
            if (number >= next)
            {
                text.Append('\n', number - next).Append(content).Append('\n');
                next = number + 1;
            }
        }

        var added = new HashSet<int>();
        var addedChars = 0;
        int newLine = 0, oldLeft = 0, newLeft = 0;
        foreach (var raw in patch.Split('\n'))
        {
            var line = raw.EndsWith('\r') ? raw[..^1] : raw;
            if (oldLeft <= 0 && newLeft <= 0)
            {
                if (line.StartsWith("@@ ", StringComparison.Ordinal))
                {
                    (oldLeft, newLine, newLeft) = ParseHunkHeader(line);
                }

                continue;
            }

            switch (line.Length == 0 ? ' ' : line[0])
            {
                case '+':
                    Write(newLine, line[1..]);
                    added.Add(newLine);
                    addedChars += line.Length;
                    newLine++;
                    newLeft--;
                    break;
                case '-':
                    oldLeft--;
                    break;
                case '\\':
                    break;
                default:
                    Write(newLine, line.Length == 0 ? string.Empty : line[1..]);
                    newLine++;
                    oldLeft--;
                    newLeft--;
                    break;
            }
        }

        return new AddedLines(text.ToString(), added, addedChars);
    }

    /// <summary>Reads <c>@@ -a[,b] +c[,d] @@</c>: the old line count, the first new line and the new line count.</summary>
    private static (int OldCount, int NewStart, int NewCount) ParseHunkHeader(string header)
    {
        var parts = header.Split(' ');
        var (_, oldCount) = Range(parts[1]);
        var (newStart, newCount) = Range(parts[2]);
        return (oldCount, newStart == 0 ? 1 : newStart, newCount);
    }

    private static (int Start, int Count) Range(string part)
    {
        var body = part[1..];
        var comma = body.IndexOf(',', StringComparison.Ordinal);
        return comma < 0
            ? (int.Parse(body, System.Globalization.CultureInfo.InvariantCulture), 1)
            : (int.Parse(body[..comma], System.Globalization.CultureInfo.InvariantCulture), int.Parse(body[(comma + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }
}
