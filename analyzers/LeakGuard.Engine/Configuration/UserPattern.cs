using System;
using System.Text;
using System.Text.RegularExpressions;

namespace LeakGuard.Engine.Configuration;

/// <summary>
/// Checks a regex from a configuration file and translates the Go (RE2) syntax gitleaks uses into .NET syntax.
/// RE2 has no look-arounds or back-references either, so refusing them loses nothing a gitleaks file can hold.
/// </summary>
internal static class UserPattern
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(500);

    public static string Translate(string pattern, string where)
    {
        var builder = new StringBuilder(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[i + 1];
                if (next is >= '1' and <= '9' || next == 'k')
                {
                    throw new ConfigurationException($"{where}: back-references are not supported in regex '{pattern}'");
                }

                builder.Append(c).Append(next);
                i++;
                continue;
            }

            if (c == '[' && At(pattern, i, "[:") && Posix(pattern, i, out var posixEnd, out var replacement))
            {
                builder.Append(replacement);
                i = posixEnd;
                continue;
            }

            if (c == '(' && At(pattern, i, "(?"))
            {
                if (At(pattern, i, "(?=") || At(pattern, i, "(?!") || At(pattern, i, "(?<=") || At(pattern, i, "(?<!"))
                {
                    throw new ConfigurationException($"{where}: look-arounds are not supported in regex '{pattern}' (RE2 has none either)");
                }

                if (At(pattern, i, "(?P<"))
                {
                    builder.Append("(?<");
                    i += 3;
                    continue;
                }

                if (Flags(pattern, i).IndexOf('U') >= 0)
                {
                    throw new ConfigurationException($"{where}: the ungreedy flag (?U) is not supported in regex '{pattern}'");
                }
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The regex built as rules are (linear-time where possible, with a timeout), or a one-line error.</summary>
    public static Regex Compile(string pattern, string where)
    {
        try
        {
            return CompiledRule.Build(pattern, Timeout);
        }
        catch (ArgumentException e)
        {
            throw new ConfigurationException($"{where}: invalid regex '{pattern}': {OneLine(e.Message)}", e);
        }
    }

    private static string OneLine(string message) => message.Replace("\r", " ").Replace("\n", " ");

    private static bool At(string pattern, int i, string token) => string.CompareOrdinal(pattern, i, token, 0, token.Length) == 0;

    private static string Flags(string pattern, int i)
    {
        var end = i + 2;
        while (end < pattern.Length && char.IsLetter(pattern[end]))
        {
            end++;
        }

        return pattern.Substring(i + 2, end - i - 2);
    }

    private static bool Posix(string pattern, int i, out int end, out string replacement)
    {
        end = pattern.IndexOf(":]", i + 2, StringComparison.Ordinal);
        replacement = string.Empty;
        if (end < 0)
        {
            return false;
        }

        replacement = pattern.Substring(i + 2, end - i - 2) switch
        {
            "alpha" => "a-zA-Z",
            "digit" => "0-9",
            "alnum" => "a-zA-Z0-9",
            "upper" => "A-Z",
            "lower" => "a-z",
            "space" => "\\s",
            "xdigit" => "0-9A-Fa-f",
            "word" => "\\w",
            "punct" => "!-/:-@\\[-`{-~",
            _ => string.Empty,
        };
        end++;
        return replacement.Length > 0;
    }
}
