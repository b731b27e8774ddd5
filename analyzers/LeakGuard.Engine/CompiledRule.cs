using System;
using System.Globalization;
using System.Threading;
using System.Text.RegularExpressions;

namespace LeakGuard.Engine;

/// <summary>
/// A rule with its pattern built for the safe regex engine that suits it (<see cref="RuleRegex"/>). The pattern is
/// built on first use: most texts activate few rules, and building every pattern up front would dominate a pre-commit
/// check.
/// </summary>
internal sealed class CompiledRule
{
    private readonly Lazy<(RuleRegex Regex, int SecretGroup, LeadingBoundary? Boundary)> compiled;
    private readonly Lazy<(int Group, Regex? Shape)> reference;
    private readonly Lazy<int> assignedName;
    private readonly Lazy<int> hostless;

    public CompiledRule(SecretRule rule, TimeSpan timeout)
    {
        Rule = rule;
        compiled = new Lazy<(RuleRegex, int, LeadingBoundary?)>(() =>
        {
            var boundary = LeadingBoundary.Split(rule.Pattern, out var rest);
            var regex = RuleRegex.For(rest, timeout);
            return (regex, SecretGroupOf(rule, regex), boundary);
        });
        reference = new Lazy<(int, Regex?)>(() =>
            rule.ReferencedValue is null ? (-1, null) : (Regex.GroupNumberFromName("ref"), Build($"^(?:{rule.ReferencedValue})$", timeout)));
        assignedName = new Lazy<int>(() => Regex.GroupNumberFromName("assignedname"));
        hostless = new Lazy<int>(() => Regex.GroupNumberFromName("hostless"));
    }

    public SecretRule Rule { get; }

    /// <summary>The rule's pattern without its leading boundary, which <see cref="StartsAtBoundary"/> checks instead.</summary>
    public RuleRegex Regex => compiled.Value.Regex;

    /// <summary>The number of the group named <c>secret</c>, or -1 when the whole match is the secret.</summary>
    public int SecretGroup => compiled.Value.SecretGroup;

    /// <summary>The number of the group named <c>ref</c> (a name whose literal is the secret), or -1 when there is none.</summary>
    public int ReferenceGroup => reference.Value.Group;

    /// <summary>What the literal a <see cref="ReferenceGroup"/> names must match to be the secret.</summary>
    public Regex? ReferencedShape => reference.Value.Shape;

    /// <summary>
    /// The number of the group named <c>assignedname</c> (the provider's word in the name a key is assigned to, which
    /// must start a word), or -1 when there is none.
    /// </summary>
    public int AssignedNameGroup => assignedName.Value;

    /// <summary>
    /// The number of the group named <c>hostless</c> (a URL's parameter whose host another string holds, so one of the
    /// rule's keywords must stand near it), or -1 when there is none.
    /// </summary>
    public int HostlessGroup => hostless.Value;

    /// <summary>Whether a match of <see cref="Regex"/> at <paramref name="index"/> also satisfies the rule's leading boundary.</summary>
    public bool StartsAtBoundary(string text, int index) => compiled.Value.Boundary?.Allows(text, index) ?? true;

    private static int SecretGroupOf(SecretRule rule, RuleRegex regex)
    {
        if (rule.SecretGroup is null)
        {
            return regex.GroupNumberFromName("secret");
        }

        var number = int.TryParse(rule.SecretGroup, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : regex.GroupNumberFromName(rule.SecretGroup);
        return number > 0 ? number : -1;
    }

    /// <summary>
    /// A pattern whose first atom, inside the groups that open it, is no literal ("(?:[a-z0-9]{1,30}[_-]?)?client_secret…")
    /// gets an alternative that never matches. The non-backtracking engine of .NET 10 otherwise searches for the literal
    /// after such a leading loop and, where a '-' stood between word characters earlier in the text ("utf-8",
    /// "x-api-key"), passes over the first matches (a key="Zoom:ClientSecret" after an XML declaration); with two
    /// alternatives it no longer takes that shortcut. A pattern that starts with its literal ("(?&lt;secret&gt;sk-") keeps
    /// the fast search for it, and so does one that starts with a class of single characters taken once ("[.(]['\"]?…",
    /// "\$\{"): there is no leading loop to search past, and the alternative made the engine's search for the class's
    /// characters step through every position (secret-default took twice the time on code).
    /// </summary>
    internal static string GuardLeadingLoop(string pattern)
    {
        var at = 0;
        for (var opening = OpeningAt(pattern, at); opening > 0; opening = OpeningAt(pattern, at))
        {
            at += opening;
        }

        return at < pattern.Length && pattern[at] is '[' or '\\' or '.' or '(' && !IsTakenOnce(pattern, at)
            ? "(?:" + pattern + ")|\\uFFFF\\uFFFE"
            : pattern;
    }

    // Whether the atom at the index is one character's class or escape with no quantifier after it.
    private static bool IsTakenOnce(string pattern, int at)
    {
        if (pattern[at] == '(')
        {
            return false;
        }

        var end = RuleRegex.AtomEnd(pattern, at, pattern.Length);
        return end >= pattern.Length || pattern[end] is not ('*' or '+' or '?' or '{');
    }

    /// <summary>The length of the group or option that opens <paramref name="pattern"/> at <paramref name="at"/>: "(?i)", "(?&lt;secret&gt;", "(?:", "(?i:"; 0 for none.</summary>
    internal static int OpeningAt(string pattern, int at)
    {
        if (string.CompareOrdinal(pattern, at, "(?i)", 0, 4) == 0 || string.CompareOrdinal(pattern, at, "(?i:", 0, 4) == 0)
        {
            return 4;
        }

        if (string.CompareOrdinal(pattern, at, "(?:", 0, 3) == 0)
        {
            return 3;
        }

        if (string.CompareOrdinal(pattern, at, "(?<", 0, 3) == 0)
        {
            var close = pattern.IndexOf('>', at);
            return close > at + 3 && pattern.IndexOf('=', at, close - at) < 0 && pattern.IndexOf('!', at, close - at) < 0 ? close - at + 1 : 0;
        }

        return 0;
    }

    internal static Regex Build(string pattern, TimeSpan timeout)
    {
#if NET
        try
        {
            // Linear time whatever the input, so no timeout: one would count the lazy building of the automaton's states,
            // which a busy machine slows, and skip a rule on one scan and not on the next. A pattern it cannot run falls
            // back to backtracking under the timeout.
            return new Regex(GuardLeadingLoop(pattern), RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, Timeout.InfiniteTimeSpan);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, timeout);
        }
        catch (ArgumentException) when (!ReferenceEquals(GuardLeadingLoop(pattern), pattern))
        {
            // An invalid pattern is invalid wrapped too: build it as written, so the error names it as the user wrote it.
            return new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, Timeout.InfiniteTimeSpan);
        }
#else
        return new Regex(pattern, RegexOptions.CultureInvariant, timeout);
#endif
    }
}
