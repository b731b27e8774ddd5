using System;
using System.Collections.Generic;

namespace LeakGuard.Engine;

/// <summary>
/// Whether a text imports a provider's package: a line that starts with an import (<c>using Discord.WebSocket;</c>,
/// <c>from datadog import initialize</c>, <c>import com.cloudinary.android.MediaManager;</c>, <c>#include</c>) or
/// requires one (<c>const twilio = require('twilio')</c>) and names one of the provider's words. A whole file says
/// what it talks to at its top, however far below its key stands.
/// </summary>
public static class ImportedPackage
{
    // Case matters: prose starts sentences with "Import the…" and "Use the…".
    private static readonly string[] Starts = { "import ", "using ", "require ", "require(", "#include", "@import", "library(", "Imports " };

    private static readonly string[] Calls = { "require(", "require '", "require \"", "import(" };

    /// <summary>Whether a line that imports or requires a package holds one of <paramref name="words"/> (as a word).</summary>
    internal static bool Named(string text, IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            // Words with punctuation ("client.run(", "\"token\"", "cloud.ibm.com") are calls, keys and hosts, not packages.
            if (word.Length < 4 || ContextKeyword.HoldsPunctuation(word))
            {
                continue;
            }

            // Each line is looked at once, however often the word occurs in it: a text of one long line stays linear.
            for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, LineEnd(text, at), StringComparison.OrdinalIgnoreCase))
            {
                if (ContextKeyword.StartsWord(text, at) && IsImportLine(text, at))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="line"/> imports or requires a package: it starts, after blanks, with an import
    /// (<c>using …</c>, <c>from … import …</c>, <c>use …;</c>) or holds a call that loads one (<c>require('…')</c>).
    /// </summary>
    public static bool IsImportLine(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        foreach (var prefix in Starts)
        {
            if (line.StartsWith(prefix.AsSpan(), StringComparison.Ordinal))
            {
                return true;
            }
        }

        // Python's "from datadog import initialize"; PHP's and Rust's "use Twilio\Rest\Client;".
        if ((line.StartsWith("from ".AsSpan(), StringComparison.Ordinal) && line.IndexOf(" import ".AsSpan(), StringComparison.Ordinal) > 0)
            || (line.StartsWith("use ".AsSpan(), StringComparison.Ordinal) && line.EndsWith(";".AsSpan(), StringComparison.Ordinal)))
        {
            return true;
        }

        foreach (var call in Calls)
        {
            if (line.IndexOf(call.AsSpan(), StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int LineEnd(string text, int at)
    {
        var end = text.IndexOf('\n', at);
        return end < 0 ? text.Length : end;
    }

    private static bool IsImportLine(string text, int at)
    {
        var start = text.LastIndexOf('\n', at) + 1;
        return IsImportLine(text.AsSpan(start, LineEnd(text, at) - start));
    }
}
