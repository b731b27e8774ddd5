using System;
using System.Collections.Generic;

namespace LeakGuard.Engine;

public static class Entropy
{
    /// <summary>Shannon entropy of <paramref name="value"/> in bits per character.</summary>
    public static double Shannon(string value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return 0;
        }

        var counts = new Dictionary<char, int>();
        foreach (var c in value)
        {
            counts.TryGetValue(c, out var n);
            counts[c] = n + 1;
        }

        double entropy = 0;
        foreach (var count in counts.Values)
        {
            var p = (double)count / value.Length;
            entropy -= p * Math.Log(p, 2);
        }

        return entropy;
    }
}
