using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Tomlyn.Model;

namespace LeakGuard.Engine.Configuration;

/// <summary>Reads <c>[allowlist]</c> tables (and gitleaks' <c>[[allowlists]]</c>) into one <see cref="Allowlist"/>.</summary>
internal static class AllowlistReader
{
    private static readonly string[] Known = { "description", "paths", "regexes", "stopwords", "regexTarget", "condition" };

    private static readonly Dictionary<string, string> Ignored = new(StringComparer.Ordinal)
    {
        ["commits"] = "commit allowlists are not supported; use a baseline",
        ["targetRules"] = "allowlists apply to every rule or to the rule they sit in",
    };

    /// <summary>Merges the tables; each keeps its own regex target only when all agree (gitleaks files rarely mix them).</summary>
    public static Allowlist Read(IReadOnlyList<TomlTable> tables, string where, KeyCheck keys)
    {
        if (tables.Count == 0)
        {
            return Allowlist.Empty;
        }

        var paths = new List<string>();
        var regexes = new List<Regex>();
        var stopwords = new List<string>();
        var targets = new HashSet<AllowlistTarget>();
        for (var i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            var at = tables.Count == 1 ? where : $"{where} #{i + 1}";
            keys.Check(table, at, Known, Ignored);
            if (string.Equals(TomlValues.String(table, "condition", at), "AND", StringComparison.OrdinalIgnoreCase))
            {
                keys.Warn($"{at}: condition = \"AND\" is treated as OR (any one of paths, regexes, stopwords allows a finding)");
            }

            targets.Add(Target(TomlValues.String(table, "regexTarget", at), at));
            paths.AddRange(TomlValues.Strings(table, "paths", at));
            stopwords.AddRange(TomlValues.Strings(table, "stopwords", at).Where(w => w.Length > 0));
            regexes.AddRange(TomlValues.Strings(table, "regexes", at)
                .Select(r => UserPattern.Compile(UserPattern.Translate(r, at), at)));
        }

        if (targets.Count > 1)
        {
            keys.Warn($"{where}: allowlists with different regexTarget values are merged; every regex is matched against the {targets.Max().ToString().ToLowerInvariant()}");
        }

        return new Allowlist(paths, regexes, stopwords, targets.Max());
    }

    private static AllowlistTarget Target(string? value, string where) => value switch
    {
        null or "secret" => AllowlistTarget.Secret,
        "match" => AllowlistTarget.Match,
        "line" => AllowlistTarget.Line,
        _ => throw new ConfigurationException($"{where}: regexTarget must be \"secret\", \"match\" or \"line\", not \"{value}\""),
    };
}
