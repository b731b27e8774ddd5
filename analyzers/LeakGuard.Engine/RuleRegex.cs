using System;
using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Threading;

namespace LeakGuard.Engine;

/// <summary>
/// A rule's pattern on the engine that suits it. Building a non-backtracking automaton costs 10 to 40 ms and 1 to 5 MB
/// a pattern (its character-set algebra and transition tables), so a text that names hundreds of providers (a README
/// of integrations, a list of rules) cost seconds and a gigabyte before any match. A pattern that starts with a literal
/// ("sk-ant-", a provider's name) runs on the backtracking interpreter instead, which builds in a tenth of a millisecond
/// and finds the literal with a vectorized search. Should a search run out of time (a hostile text), the pattern moves
/// for good to the non-backtracking engine, whose time is linear, and the search is made again there: the same
/// matches, in bounded time. A pattern that starts with a loop of varying length ("[a-z0-9_.-]{0,40}passw…"), or with
/// a class that an unbounded loop follows ("[.(][a-z_]*secret"), would be tried in full at almost every position by
/// backtracking, each time under the budget, and runs non-backtracking from the start.
/// </summary>
internal sealed class RuleRegex
{
    // A leading class taken more often than this ("[A-Za-z0-9+/]{86}") the interpreter would match at every position of
    // a long run of its characters, which the non-backtracking engine passes once.
    private const int MaxLeadingClassCount = 4;

    // Ample for a literal's search through the largest text scanned (512 MB, --max-file-size), short enough that a
    // hostile text costs each pattern little before it moves.
    private static readonly TimeSpan Attempt = TimeSpan.FromMilliseconds(100);

    // What the interpreter may cost over many texts, each under the budget, before the pattern moves all the same: a
    // pattern that takes more than 20 ns a character on average, once it has taken 100 ms in all. A literal's search
    // costs a fraction of a nanosecond a character, the non-backtracking engine a few; a command's name in every line
    // of minified code, with 200 characters of options to try after each, cost 550 to 700.
    private static readonly long SlowTotal = Stopwatch.Frequency / 10;

    private const long SlowNanosecondsPerCharacter = 20;

    private readonly Regex first;
    private readonly Lazy<Regex>? linear;
    private volatile bool outOfTime;
    private long ticks;
    private long characters;

    private RuleRegex(Regex first, Lazy<Regex>? linear)
    {
        this.first = first;
        this.linear = linear;
    }

    private Regex Current => outOfTime ? linear!.Value : first;

    /// <summary>Whether the pattern has moved for good to the non-backtracking engine.</summary>
    internal bool RunsLinear => outOfTime;

    public static RuleRegex For(string pattern, TimeSpan timeout)
    {
#if NET
        if (StartsWithoutLoop(pattern))
        {
            var attempt = timeout < Attempt ? timeout : Attempt;
            return new RuleRegex(new Regex(pattern, RegexOptions.CultureInvariant, attempt), new Lazy<Regex>(() => CompiledRule.Build(pattern, timeout)));
        }
#endif
        return new RuleRegex(CompiledRule.Build(pattern, timeout), null);
    }

    public int GroupNumberFromName(string name) => first.GroupNumberFromName(name);

#if NET
    public bool IsMatch(ReadOnlySpan<char> text)
    {
        if (!outOfTime)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                return first.IsMatch(text);
            }
            catch (RegexMatchTimeoutException) when (linear is not null)
            {
                outOfTime = true;
            }
            finally
            {
                Count(started, text.Length);
            }
        }

        return Current.IsMatch(text);
    }
#endif

    public Match Match(string text, int start) => Run(regex => regex.Match(text, start), text.Length - start);

    public Match Match(string text, int start, int length) => Run(regex => regex.Match(text, start, length), length);

    private Match Run(Func<Regex, Match> match, int length)
    {
        if (!outOfTime)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                return match(first);
            }
            catch (RegexMatchTimeoutException) when (linear is not null)
            {
                outOfTime = true;
            }
            finally
            {
                Count(started, length);
            }
        }

        return match(Current);
    }

    // Adds a search's time to the interpreter's, and moves the pattern once the interpreter has been slow for long.
    private void Count(long started, int length)
    {
        if (linear is null)
        {
            return;
        }

        var total = Interlocked.Add(ref ticks, Stopwatch.GetTimestamp() - started);
        var searched = Interlocked.Add(ref characters, length);
        if (total >= SlowTotal && total * 1e9 / Stopwatch.Frequency > searched * (double)SlowNanosecondsPerCharacter)
        {
            outOfTime = true;
        }
    }

    /// <summary>
    /// Whether every way <paramref name="pattern"/> can start is with a literal, or with a character class taken a few
    /// times at most ("[?&]") and not followed by an unbounded loop: the backtracking interpreter then finds the literal
    /// with a vectorized search, or leaves a position after a character or two. A leading loop
    /// ("[a-z0-9_.-]{0,40}password"), a long class ("[A-Za-z0-9]{32}") or a class before an unbounded loop it would try
    /// in full at every position of a run of its characters.
    /// </summary>
    internal static bool StartsWithoutLoop(string pattern) => StartsWithoutLoop(pattern, 0, pattern.Length);

    private static bool StartsWithoutLoop(string pattern, int start, int end)
    {
        var from = start;
        for (var i = start; i <= end; i++)
        {
            if (i == end || pattern[i] == '|')
            {
                if (!AlternativeStartsWithoutLoop(pattern, from, end))
                {
                    return false;
                }

                from = i + 1;
                continue;
            }

            i = AtomEnd(pattern, i, end) - 1;
        }

        return true;
    }

    // Whether the alternative that starts at start (and runs at most to end) starts with a fixed atom.
    private static bool AlternativeStartsWithoutLoop(string pattern, int start, int end)
    {
        var at = start;
        while (at < end && pattern[at] is '^')
        {
            at++;
        }

        if (at >= end || pattern[at] is '|' or ')' or '$')
        {
            return false;
        }

        var atomEnd = AtomEnd(pattern, at, end);
        if (pattern[at] != '(')
        {
            return IsClass(pattern, at)
                ? IsFixed(pattern, atomEnd, end, MaxLeadingClassCount) && !StartsALoop(pattern, atomEnd, end)
                : IsFixed(pattern, atomEnd, end, int.MaxValue);
        }

        var close = atomEnd - 1;
        if (string.CompareOrdinal(pattern, at, "(?i)", 0, 4) == 0 || string.CompareOrdinal(pattern, at, "(?-i)", 0, 5) == 0)
        {
            return AlternativeStartsWithoutLoop(pattern, atomEnd, end);
        }

        var inner = InnerStart(pattern, at);
        return inner > at && IsFixed(pattern, atomEnd, end, 1) && StartsWithoutLoop(pattern, inner, close);
    }

    // Where the content of the group opened at start begins: after "(", "(?:", "(?i:", "(?<name>"; start for a lookaround.
    private static int InnerStart(string pattern, int start)
    {
        if (start + 1 < pattern.Length && pattern[start + 1] != '?')
        {
            return start + 1;
        }

        var opening = CompiledRule.OpeningAt(pattern, start);
        return opening > 0 ? start + opening : start;
    }

    // Whether an unbounded loop follows a leading class, past optional atoms ("[.(]['\"]?[a-z_]*…"): the class alone
    // is no literal to search for, code holds its characters (a '.', a '(') every few characters, and at each the
    // interpreter would run the loop to its end and backtrack through what follows.
    private static bool StartsALoop(string pattern, int at, int end)
    {
        while (at < end && pattern[at] is not ('|' or ')'))
        {
            var atomEnd = AtomEnd(pattern, at, end);
            switch (atomEnd < end ? pattern[atomEnd] : '\0')
            {
                case '*' or '+':
                    return true;
                case '?':
                    at = atomEnd + 1;
                    break;
                case '{':
                    var close = pattern.IndexOf('}', atomEnd);
                    return close > atomEnd && pattern[close - 1] == ',';
                default:
                    return false;
            }
        }

        return false;
    }

    // Whether the atom that ends at atomEnd is taken a fixed number of times, at most maxCount: no quantifier, {n} or {n,n}.
    private static bool IsFixed(string pattern, int atomEnd, int end, int maxCount)
    {
        if (atomEnd >= end)
        {
            return true;
        }

        switch (pattern[atomEnd])
        {
            case '*' or '+' or '?':
                return false;
            case '{':
                var close = pattern.IndexOf('}', atomEnd);
                if (close < 0)
                {
                    return true;
                }

                var bounds = pattern.Substring(atomEnd + 1, close - atomEnd - 1).Split(',');
                return (bounds.Length == 1 || bounds[0] == bounds[1]) && int.TryParse(bounds[0], out var count) && count <= maxCount;
            default:
                return true;
        }
    }

    // Whether the atom at start matches a set of characters: a class, '.', or an escape such as \d, \w or \p{L}.
    private static bool IsClass(string pattern, int start) =>
        pattern[start] is '[' or '.' || (pattern[start] == '\\' && start + 1 < pattern.Length && "dDwWsSpP".IndexOf(pattern[start + 1]) >= 0);

    // The index just past the atom at start: a group with its parentheses, a class with its brackets, an escape, a character.
    internal static int AtomEnd(string pattern, int start, int end)
    {
        switch (pattern[start])
        {
            case '\\':
                if (start + 1 < end && pattern[start + 1] is 'p' or 'P' && start + 2 < end && pattern[start + 2] == '{')
                {
                    return pattern.IndexOf('}', start) + 1;
                }

                return start + (start + 1 < end && pattern[start + 1] == 'u' ? 6 : start + 1 < end && pattern[start + 1] == 'x' ? 4 : 2);
            case '[':
                return EndOfClass(pattern, start) + 1;
            case '(':
                var depth = 0;
                for (var i = start; i < end; i++)
                {
                    switch (pattern[i])
                    {
                        case '\\':
                            i++;
                            break;
                        case '[':
                            i = EndOfClass(pattern, i);
                            break;
                        case '(':
                            depth++;
                            break;
                        case ')' when --depth == 0:
                            return i + 1;
                    }
                }

                return end;
            default:
                return start + 1;
        }
    }

    // The index of the ']' that closes the character class opened at start: a ']' first in the class, or escaped, is a member.
    private static int EndOfClass(string pattern, int start)
    {
        var i = start + 1;
        if (i < pattern.Length && pattern[i] == '^')
        {
            i++;
        }

        if (i < pattern.Length && pattern[i] == ']')
        {
            i++;
        }

        for (; i < pattern.Length && pattern[i] != ']'; i++)
        {
            if (pattern[i] == '\\')
            {
                i++;
            }
        }

        return i;
    }
}
