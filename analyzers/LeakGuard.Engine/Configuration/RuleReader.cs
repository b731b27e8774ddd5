using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Tomlyn.Model;

namespace LeakGuard.Engine.Configuration;

/// <summary>Reads one <c>[[rules]]</c> table into a <see cref="SecretRule"/>.</summary>
internal static class RuleReader
{
    private static readonly string[] Known =
        { "id", "description", "provider", "regex", "secretGroup", "keywords", "entropy", "confidence", "allowlist", "allowlists" };

    private static readonly char[] WordSeparators = { '-', '_', '.', ' ' };

    private static readonly Dictionary<string, string> Ignored = new(StringComparer.Ordinal)
    {
        ["tags"] = "LeakGuard rules have no tags",
        ["path"] = "rules are not limited to paths; this rule runs on every file",
        ["skipReport"] = "every match is reported",
        ["required"] = "composite rules are not supported; the rule runs alone",
    };

    /// <summary>The rule, or <see langword="null"/> when a gitleaks rule cannot run here (it was warned about).</summary>
    public static SecretRule? Read(TomlTable table, int index, KeyCheck keys)
    {
        var id = TomlValues.String(table, "id", $"rules #{index + 1}");
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ConfigurationException($"rules #{index + 1}: 'id' is required");
        }

        var where = $"rule '{id}'";
        var regex = TomlValues.String(table, "regex", where);
        if (string.IsNullOrEmpty(regex))
        {
            if (keys.Dialect == ConfigurationDialect.Gitleaks && table.ContainsKey("path"))
            {
                keys.Warn($"{where}: skipped; path-only rules (flag a file by its name) are not supported");
                return null;
            }

            throw new ConfigurationException($"{where}: 'regex' is required");
        }

        keys.Check(table, where, Known, Ignored);
        var pattern = UserPattern.Translate(regex!, where);
        var compiled = UserPattern.Compile(pattern, where);
        var group = SecretGroup(TomlValues.NumberOrString(table, "secretGroup", where), compiled, keys.Dialect, where);
        var allowlists = TomlValues.Tables(table, "allowlist", where).Concat(TomlValues.Tables(table, "allowlists", where)).ToArray();
        var allowlist = AllowlistReader.Read(allowlists, $"{where} allowlist", keys);
        return new SecretRule(
            id!,
            TomlValues.String(table, "provider", where) ?? "Custom",
            TomlValues.String(table, "description", where) ?? id!,
            pattern,
            TomlValues.Strings(table, "keywords", where).Where(k => k.Length > 0).ToArray(),
            new Remediation(string.Empty, "Secrets:" + Pascal(id!), Upper(id!)))
        {
            Confidence = Confidence(TomlValues.String(table, "confidence", where), where),
            MinEntropy = TomlValues.Number(table, "entropy", where) ?? 0,
            SecretGroup = group,
            Allowlist = allowlist.IsEmpty ? null : allowlist,
        };
    }

    /// <summary>
    /// gitleaks takes the first group as the secret when the rule names none; LeakGuard's own rules use the group
    /// named <c>secret</c> or the whole match. A group the pattern lacks is an error, not a silent whole match.
    /// </summary>
    private static string? SecretGroup(string? value, System.Text.RegularExpressions.Regex regex, ConfigurationDialect dialect, string where)
    {
        var groups = regex.GetGroupNumbers().Length - 1;
        if (value is null)
        {
            return dialect == ConfigurationDialect.Gitleaks && groups > 0 ? "1" : null;
        }

        var exists = int.TryParse(value, out var number) ? number >= 0 && number <= groups : regex.GroupNumberFromName(value) >= 0;
        if (!exists)
        {
            throw new ConfigurationException($"{where}: secretGroup {value} is not a group of the regex");
        }

        return value;
    }

    private static Confidence Confidence(string? value, string where) => value?.ToLowerInvariant() switch
    {
        null or "high" => Engine.Confidence.High,
        "medium" => Engine.Confidence.Medium,
        "low" => Engine.Confidence.Low,
        _ => throw new ConfigurationException($"{where}: confidence must be \"high\", \"medium\" or \"low\", not \"{value}\""),
    };

    private static string Pascal(string id)
    {
        var builder = new StringBuilder(id.Length);
        foreach (var word in id.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
        }

        return builder.ToString();
    }

    private static string Upper(string id) =>
        new(id.Select(c => char.IsLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_').ToArray());
}
