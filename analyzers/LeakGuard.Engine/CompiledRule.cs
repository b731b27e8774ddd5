using System;
using System.Text.RegularExpressions;

namespace LeakGuard.Engine;

/// <summary>
/// A rule with its pattern built once for the fastest safe regex engine the platform has. The pattern is built on
/// first use: a non-backtracking regex costs tens of milliseconds to construct, and most texts (a pre-commit check
/// above all) contain no rule's keyword, so most rules never need theirs.
/// </summary>
internal sealed class CompiledRule
{
    private readonly Lazy<(Regex Regex, int SecretGroup)> compiled;

    public CompiledRule(SecretRule rule, TimeSpan timeout)
    {
        Rule = rule;
        compiled = new Lazy<(Regex, int)>(() =>
        {
            var regex = Build(rule.Pattern, timeout);
            return (regex, regex.GroupNumberFromName("secret"));
        });
    }

    public SecretRule Rule { get; }

    public Regex Regex => compiled.Value.Regex;

    /// <summary>The number of the group named <c>secret</c>, or -1 when the whole match is the secret.</summary>
    public int SecretGroup => compiled.Value.SecretGroup;

    private static Regex Build(string pattern, TimeSpan timeout)
    {
#if NET
        try
        {
            // Linear time whatever the input; a pattern it cannot run falls back to backtracking under the timeout.
            return new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, timeout);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, timeout);
        }
#else
        return new Regex(pattern, RegexOptions.CultureInvariant, timeout);
#endif
    }
}
