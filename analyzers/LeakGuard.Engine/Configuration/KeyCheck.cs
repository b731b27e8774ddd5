using System.Collections.Generic;
using System.Linq;
using Tomlyn.Model;

namespace LeakGuard.Engine.Configuration;

/// <summary>
/// Finds the keys of a table that LeakGuard does not read: an error in a <c>leakguard.toml</c> (a typo would otherwise
/// silently change nothing), one warning line per table in a gitleaks file, saying why each key is ignored.
/// </summary>
internal sealed class KeyCheck
{
    private readonly ConfigurationDialect dialect;
    private readonly List<string> warnings;

    public KeyCheck(ConfigurationDialect dialect, List<string> warnings)
    {
        this.dialect = dialect;
        this.warnings = warnings;
    }

    public ConfigurationDialect Dialect => dialect;

    /// <param name="table">The table to check.</param>
    /// <param name="where">Where the table is, as messages name it.</param>
    /// <param name="known">The keys LeakGuard reads.</param>
    /// <param name="ignored">Keys gitleaks has and LeakGuard ignores, with the reason.</param>
    public void Check(TomlTable table, string where, ICollection<string> known, IReadOnlyDictionary<string, string> ignored)
    {
        var unknown = table.Keys.Where(k => !known.Contains(k)).ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        if (dialect == ConfigurationDialect.LeakGuard)
        {
            throw new ConfigurationException($"{where}: unknown key '{unknown[0]}' (expected one of: {string.Join(", ", known)})");
        }

        var reasons = unknown.Select(k => ignored.TryGetValue(k, out var why) ? $"'{k}' ({why})" : $"'{k}' (not a key LeakGuard knows)");
        Warn($"{where}: ignored {string.Join(", ", reasons)}");
    }

    public void Warn(string message) => warnings.Add(message);
}
