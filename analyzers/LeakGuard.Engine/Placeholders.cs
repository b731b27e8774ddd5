using System;

namespace LeakGuard.Engine;

/// <summary>Recognises values that have the shape of a key but are obviously not one.</summary>
public static class Placeholders
{
    // An ellipsis is an elided value, also as JSON writers (System.Text.Json by default) and C# sources escape it.
    // "#{Name}#" is the token that Octopus Deploy and Azure Pipelines' Replace Tokens fill in at deployment; a value
    // SOPS encrypted starts with its cipher.
    private static readonly string[] Words =
    {
        "xxxx", "****", "....", "\u2026", "\\u2026", "your", "example", "placeholder", "dummy", "redacted", "changeme", "change_me", "change-me",
        "replace", "override", "insert", "sample", "fake", "paste", "todo", "&lt;", "${", "{{", "$(", "#{", "ENC[AES256_GCM,",

        // The hex words programmers fill a hex key's place with.
        "deadbeef", "cafebabe",

        // An instruction in the value's place: "generate-with-openssl-rand-base64-32".
        "generate", "openssl",
    };

    private const int MaxRun = 6;

    private const int CountedMinimumLength = 32;

    public static bool IsPlaceholder(string secret) => IsPlaceholder(secret, madeByPeople: false);

    /// <summary>
    /// Whether <paramref name="secret"/> is a placeholder, for a secret people make up (a password, a signing key:
    /// <paramref name="madeByPeople"/>) or one a provider generates, whose random body never counts six in a row.
    /// </summary>
    public static bool IsPlaceholder(string secret, bool madeByPeople)
    {
        if (secret is null)
        {
            throw new ArgumentNullException(nameof(secret));
        }

        return HasPlaceholderWord(secret) || HasLongRun(secret, madeByPeople) || IsCountedOut(secret) || IsBracketed(secret) || HasAngleHole(secret) || IsCut(secret) || IsTokenToReplace(secret);
    }

    /// <summary>
    /// A name between double underscores ("__REDIS_PASSWORD__"), the token that deployment tasks (Azure Pipelines'
    /// Replace Tokens, Helm and Docker entrypoint scripts) swap for the real value.
    /// </summary>
    private static bool IsTokenToReplace(string secret)
    {
        if (secret.Length < 5 || !secret.StartsWith("__", StringComparison.Ordinal) || !secret.EndsWith("__", StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 2; i < secret.Length - 2; i++)
        {
            if (!(char.IsLetterOrDigit(secret[i]) || secret[i] is '_' or '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A value shown cut, as docs and logs show a key they do not give ("sk_live_51Hx...").</summary>
    private static bool IsCut(string secret) => secret.EndsWith("...", StringComparison.Ordinal);

    /// <summary>
    /// Whether the value holds a placeholder word ("your", "example", "xxxx"…) written in one case: the check for
    /// formats whose runs of one character are their structure, not filler.
    /// </summary>
    public static bool HasPlaceholderWord(string secret)
    {
        foreach (var word in Words)
        {
            for (var at = secret.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = secret.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                if (IsWrittenAsAWord(secret, at, word.Length))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// People write a placeholder word in one case ("your", "YOUR", "Your"); a random key that happens to spell it
    /// mixes cases ("xXXx", "yOuR") three times out of four, so mixed case is not taken for a placeholder.
    /// </summary>
    private static bool IsWrittenAsAWord(string value, int start, int length)
    {
        bool lower = true, upper = true, capitalized = char.IsUpper(value[start]);
        for (var i = start; i < start + length; i++)
        {
            var c = value[i];
            lower &= !char.IsUpper(c);
            upper &= !char.IsLower(c);
            capitalized &= i == start || !char.IsUpper(c);
        }

        return lower || upper || capitalized;
    }

    /// <summary>
    /// A hole in angle brackets ("&lt;password&gt;", "Pass&lt;your key&gt;"), or one the pattern cut at its end: a password
    /// made of symbols holds a lone '&lt;' or '&gt;' as often as any other.
    /// </summary>
    private static bool HasAngleHole(string value)
    {
        var open = value.IndexOf('<');
        return (open >= 0 && value.IndexOf('>', open + 1) > open) || (value.Length > 0 && (value[0] == '<' || value[value.Length - 1] == '>'));
    }

    /// <summary>A value in square brackets, as templates and docs mark what to fill in ("Password=[password];").</summary>
    private static bool IsBracketed(string value) => value.Length > 2 && value[0] == '[' && value[value.Length - 1] == ']';

    /// <summary>
    /// Six or more repeated characters ("aaaaaa", "000000"), or six or more in ascending or descending order ("123456",
    /// "fedcba"). People make secrets of words and counted digits too ("…JwtTokenGeneration123456789…"): in one they
    /// made, only an ordered run that stands alone between punctuation (".../catch/123456/abcdef/") or makes a quarter
    /// of the value or more is filler.
    /// </summary>
    private static bool HasLongRun(string value, bool madeByPeople)
    {
        int same = 1, up = 1, down = 1, counted = 0;
        for (var i = 1; i <= value.Length; i++)
        {
            var previous = char.ToLowerInvariant(value[i - 1]);
            var current = i < value.Length ? char.ToLowerInvariant(value[i]) : '\0';
            same = current == previous ? same + 1 : 1;
            var ascending = char.IsLetterOrDigit(current) && current == previous + 1;
            var descending = char.IsLetterOrDigit(current) && current == previous - 1;
            if (same >= MaxRun
                || IsFillerRun(value, ascending ? 0 : up, i, madeByPeople, ref counted)
                || IsFillerRun(value, descending ? 0 : down, i, madeByPeople, ref counted))
            {
                return true;
            }

            up = ascending ? up + 1 : 1;
            down = descending ? down + 1 : 1;
        }

        return counted > 0 && counted * 4 >= value.Length;
    }

    /// <summary>Whether an ordered run that ends at <paramref name="end"/> is filler by itself; a long one is counted.</summary>
    private static bool IsFillerRun(string value, int run, int end, bool madeByPeople, ref int counted)
    {
        if (run < MaxRun)
        {
            return false;
        }

        counted += run;
        return !madeByPeople || StandsAlone(value, end - run, end);
    }

    private static bool StandsAlone(string value, int start, int end) =>
        (start == 0 || !char.IsLetterOrDigit(value[start - 1])) && (end == value.Length || !char.IsLetterOrDigit(value[end]));

    /// <summary>
    /// A value someone typed by counting, as documentation examples are ("a123b45c6d78e9f0…", "1a2b3c4d…"): at three
    /// positions in five or more, the next character or the one after it is one above. Random hex does that at one in
    /// eight, random digits at one in six; in 200,000 random values of 32 characters none came above one in two.
    /// </summary>
    private static bool IsCountedOut(string value)
    {
        if (value.Length < CountedMinimumLength)
        {
            return false;
        }

        var counted = 0;
        for (var i = 0; i < value.Length - 1; i++)
        {
            var next = char.ToLowerInvariant(value[i]) + 1;
            if (char.ToLowerInvariant(value[i + 1]) == next || (i + 2 < value.Length && char.ToLowerInvariant(value[i + 2]) == next))
            {
                counted++;
            }
        }

        return counted * 5 >= (value.Length - 1) * 3;
    }
}
