using System;
using System.Collections.Generic;
using System.Linq;

namespace LeakGuard.Engine.Configuration;

/// <summary>
/// A <c>leakguard.toml</c> (or imported gitleaks configuration), read: which rules to run and which findings to
/// ignore. The CLI and the analyzer build their scanners from it, so they agree.
/// </summary>
public sealed class ScanConfiguration
{
    public ScanConfiguration(bool useDefault, IReadOnlyList<string> disabledRules, IReadOnlyList<SecretRule> rules, Allowlist allowlist, IReadOnlyList<string> warnings)
    {
        UseDefault = useDefault;
        DisabledRules = disabledRules ?? throw new ArgumentNullException(nameof(disabledRules));
        Rules = rules ?? throw new ArgumentNullException(nameof(rules));
        Allowlist = allowlist ?? throw new ArgumentNullException(nameof(allowlist));
        Warnings = warnings ?? throw new ArgumentNullException(nameof(warnings));
    }

    /// <summary>No file: the built-in rules, nothing allowed beyond the built-in heuristics.</summary>
    public static ScanConfiguration Default { get; } =
        new(true, Array.Empty<string>(), Array.Empty<SecretRule>(), Allowlist.Empty, Array.Empty<string>());

    /// <summary>Whether the built-in rules run besides <see cref="Rules"/>.</summary>
    public bool UseDefault { get; }

    /// <summary>Ids of built-in rules that do not run.</summary>
    public IReadOnlyList<string> DisabledRules { get; }

    /// <summary>The rules the file defines; one with a built-in rule's id replaces it.</summary>
    public IReadOnlyList<SecretRule> Rules { get; }

    /// <summary>Findings of every rule to ignore.</summary>
    public Allowlist Allowlist { get; }

    /// <summary>What the file asks for that LeakGuard does not do, one line each (gitleaks keys it ignores).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>
    /// Whether secrets made for tests are reported: those of <see cref="SecretRule.MadeLocally"/> rules under a
    /// <see cref="TestFixturePath"/>. Off by default; <c>[extend] reportTestSecrets = true</c> turns it on.
    /// </summary>
    public bool ReportsTestSecrets { get; init; }

    /// <summary>This configuration, reporting secrets made for tests too.</summary>
    public ScanConfiguration ReportingTestSecrets() =>
        new(UseDefault, DisabledRules, Rules, Allowlist, Warnings) { ReportsTestSecrets = true };

    /// <summary>The rules to run: the chosen <paramref name="defaults"/>, less the disabled ones, plus the file's own.</summary>
    public IReadOnlyList<SecretRule> SelectRules(IEnumerable<SecretRule> defaults)
    {
        var own = new HashSet<string>(Rules.Select(r => r.Id), StringComparer.Ordinal);
        var disabled = new HashSet<string>(DisabledRules, StringComparer.Ordinal);
        var builtIn = UseDefault ? defaults.Where(r => !disabled.Contains(r.Id) && !own.Contains(r.Id)) : Enumerable.Empty<SecretRule>();
        return builtIn.Concat(Rules).ToArray();
    }

    /// <summary>A scanner running <see cref="SelectRules"/> with the global allowlist.</summary>
    public SecretScanner CreateScanner(IEnumerable<SecretRule> defaults) =>
        new(SelectRules(defaults), TimeSpan.FromMilliseconds(500), Allowlist);

    /// <summary>
    /// Whether a finding of <paramref name="rule"/> at <paramref name="relativePath"/> (relative to the configuration
    /// file's folder, forward slashes) is allowed by a path glob, global or the rule's own.
    /// </summary>
    public bool IsPathAllowed(SecretRule rule, string relativePath) =>
        Allowlist.AllowsPath(relativePath) || (rule.Allowlist?.AllowsPath(relativePath) ?? false) || IsTestSecret(rule, relativePath);

    /// <summary>Whether a finding of <paramref name="rule"/> at <paramref name="path"/> is a key made for tests, left out unless <see cref="ReportsTestSecrets"/>.</summary>
    public bool IsTestSecret(SecretRule rule, string path) =>
        !ReportsTestSecrets && rule.MadeLocally && TestFixturePath.Matches(path);

    /// <summary>Disabled ids that name no rule, such as gitleaks rule ids, which differ from LeakGuard's.</summary>
    public IEnumerable<string> UnknownDisabledRules(IEnumerable<SecretRule> defaults)
    {
        var known = new HashSet<string>(defaults.Select(r => r.Id), StringComparer.Ordinal);
        return DisabledRules.Where(id => !known.Contains(id))
            .Select(id => $"disabledRules: '{id}' is not a LeakGuard rule id (see `leakguard rules`); nothing disabled for it");
    }
}
