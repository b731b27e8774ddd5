using System;
using System.Collections.Generic;

namespace LeakGuard.Engine;

/// <summary>Maps offsets in a text to 1-based line and column numbers.</summary>
public sealed class LineIndex
{
    private readonly List<int> lineStarts = new() { 0 };

    public LineIndex(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            lineStarts.Add(i + 1);
        }
    }

    /// <summary>The 1-based line and column of <paramref name="offset"/>.</summary>
    public (int Line, int Column) Locate(int offset)
    {
        var index = lineStarts.BinarySearch(offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - lineStarts[index] + 1);
    }
}
