namespace LeakGuard.Engine.Configuration;

/// <summary>Which schema a configuration file is written in.</summary>
public enum ConfigurationDialect
{
    /// <summary>LeakGuard's own <c>leakguard.toml</c>: unknown keys are errors (they are typos).</summary>
    LeakGuard,

    /// <summary>A gitleaks configuration: keys LeakGuard cannot honour are ignored with a warning each.</summary>
    Gitleaks,
}
