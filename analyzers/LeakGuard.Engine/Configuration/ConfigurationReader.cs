using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Tomlyn;
using Tomlyn.Model;

namespace LeakGuard.Engine.Configuration;

/// <summary>
/// Reads a <c>leakguard.toml</c> or a gitleaks configuration (told apart by <see cref="GitleaksDetector"/>).
/// Every problem is a <see cref="ConfigurationException"/> with a one-line message; nothing else escapes.
/// </summary>
public static class ConfigurationReader
{
    /// <summary>The file name the CLI looks for at the root it scans, and the analyzer among additional files.</summary>
    public const string FileName = "leakguard.toml";

    private static readonly string[] Known = { "extend", "rules", "allowlist" };
    private static readonly string[] GitleaksKnown = { "extend", "rules", "allowlist", "allowlists" };
    private static readonly string[] ExtendKnown = { "useDefault", "disabledRules", "reportTestSecrets" };

    private static readonly Dictionary<string, string> Ignored = new(StringComparer.Ordinal)
    {
        ["title"] = "informational",
        ["minVersion"] = "gitleaks versions do not apply",
    };

    private static readonly Dictionary<string, string> ExtendIgnored = new(StringComparer.Ordinal)
    {
        ["path"] = "other configuration files are not followed; only the built-in rules can be extended",
        ["url"] = "other configuration files are not followed; only the built-in rules can be extended",
    };

    public static ScanConfiguration ReadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"{path}: {e.Message}", e);
        }

        return Read(text);
    }

    public static ScanConfiguration Read(string toml)
    {
        var root = Parse(toml ?? throw new ArgumentNullException(nameof(toml)));
        var warnings = new List<string>();
        var keys = new KeyCheck(GitleaksDetector.Detect(root), warnings);
        keys.Check(root, "configuration", keys.Dialect == ConfigurationDialect.Gitleaks ? GitleaksKnown : Known, Ignored);

        var extend = TomlValues.Table(root, "extend", "[extend]");
        if (extend is not null)
        {
            keys.Check(extend, "[extend]", ExtendKnown, ExtendIgnored);
        }

        // gitleaks replaces its defaults unless [extend] useDefault says otherwise; a leakguard.toml extends them.
        var useDefault = (extend is null ? null : TomlValues.Bool(extend, "useDefault", "[extend]")) ?? keys.Dialect == ConfigurationDialect.LeakGuard;
        if (keys.Dialect == ConfigurationDialect.Gitleaks && useDefault)
        {
            keys.Warn("[extend] useDefault: extends LeakGuard's built-in rules, not gitleaks' default rules");
        }

        var disabled = extend is null ? Array.Empty<string>() : TomlValues.Strings(extend, "disabledRules", "[extend]");
        var rules = TomlValues.Tables(root, "rules", "[[rules]]")
            .Select((table, i) => RuleReader.Read(table, i, keys))
            .Where(r => r is not null)
            .Select(r => r!)
            .ToArray();
        var duplicate = rules.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ConfigurationException($"rule '{duplicate.Key}' is defined more than once");
        }

        var allowlists = TomlValues.Tables(root, "allowlist", "[allowlist]").Concat(TomlValues.Tables(root, "allowlists", "[[allowlists]]")).ToArray();
        var allowlist = AllowlistReader.Read(allowlists, "[allowlist]", keys);
        return new ScanConfiguration(useDefault, disabled, rules, allowlist, warnings)
        {
            ReportsTestSecrets = (extend is null ? null : TomlValues.Bool(extend, "reportTestSecrets", "[extend]")) ?? false,
        };
    }

    private static TomlTable Parse(string toml)
    {
        try
        {
            return TomlSerializer.Deserialize<TomlTable>(toml) ?? new TomlTable();
        }
        catch (TomlException e)
        {
            throw new ConfigurationException($"invalid TOML: {e.Message.Replace("\r", " ").Replace("\n", " ")}", e);
        }
    }
}
