namespace LeakGuard.Engine.Configuration;

/// <summary>What an allowlist's regexes are matched against (gitleaks' <c>regexTarget</c>).</summary>
public enum AllowlistTarget
{
    /// <summary>The secret alone (the default).</summary>
    Secret,

    /// <summary>The whole match of the rule's pattern, context included.</summary>
    Match,

    /// <summary>The line the secret starts on.</summary>
    Line,
}
