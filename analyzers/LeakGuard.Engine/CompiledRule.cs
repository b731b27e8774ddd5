using System;
using System.Text.RegularExpressions;

namespace LeakGuard.Engine;

/// <summary>A rule with its pattern built once for the fastest safe regex engine the platform has.</summary>
internal sealed class CompiledRule
{
    public CompiledRule(SecretRule rule, TimeSpan timeout)
    {
        Rule = rule;
        Regex = Build(rule.Pattern, timeout);
        SecretGroup = Regex.GroupNumberFromName("secret");
    }

    public SecretRule Rule { get; }

    public Regex Regex { get; }

    /// <summary>The number of the group named <c>secret</c>, or -1 when the whole match is the secret.</summary>
    public int SecretGroup { get; }

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
