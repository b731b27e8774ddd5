using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace LeakGuard.Engine.Tests.Catalog;

/// <summary>
/// docs/rules/builtin-rules.md is rendered from <see cref="BuiltInRules.All"/>; this test fails when the committed file
/// has drifted, and rewrites it when LEAKGUARD_UPDATE_DOCS=1.
/// </summary>
public class BuiltInRulesDocTests
{
    private const string UpdateVariable = "LEAKGUARD_UPDATE_DOCS";

    [Fact]
    public void The_rule_table_in_the_docs_matches_the_catalog()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "rules", "builtin-rules.md");
        var expected = Render();

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, expected);
        }

        var actual = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : string.Empty;
        Assert.True(
            actual == expected,
            $"{path} is out of date with BuiltInRules.All. Regenerate it with: {UpdateVariable}=1 dotnet test tests/LeakGuard.Engine.Tests --filter {nameof(BuiltInRulesDocTests)}");
    }

    [Fact]
    public void The_table_lists_every_rule_once()
    {
        var rows = Render().Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();

        Assert.Equal(BuiltInRules.All.Count + KeyFiles.All.Count, rows.Count);
        Assert.All(BuiltInRules.All, r => Assert.Single(rows, row => row.StartsWith($"| `{r.Id}` |", StringComparison.Ordinal)));
    }

    private static string Render()
    {
        var text = new StringBuilder()
            .Append("# Built-in rules\n\n")
            .Append("<!-- Generated from BuiltInRules.All by BuiltInRulesDocTests; do not edit by hand. -->\n\n")
            .Append(CultureInfo.InvariantCulture, $"LeakGuard ships {BuiltInRules.All.Count} rules. High: the format identifies itself (prefix, signature or checksum). ")
            .Append("Medium: the format needs a keyword or endpoint nearby. Low: a secret-sounding name with a high-entropy value.\n\n")
            .Append("| Id | Provider | Confidence | Description |\n")
            .Append("| --- | --- | --- | --- |\n");
        foreach (var rule in BuiltInRules.All.OrderBy(r => r.Provider, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{rule.Id}` | {Escape(rule.Provider)} | {rule.Confidence} | {Escape(rule.Description)} |\n");
        }

        text.Append("\n## Key files\n\n")
            .Append("Binary files that are a private key whole, recognised by their bytes whatever their name (`KeyFiles`); the secret a report shows is the file's SHA-256.\n\n")
            .Append("| Id | Provider | Confidence | Description |\n")
            .Append("| --- | --- | --- | --- |\n");
        foreach (var rule in KeyFiles.All)
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{rule.Id}` | {Escape(rule.Provider)} | {rule.Confidence} | {Escape(rule.Description)} |\n");
        }

        return text.ToString();
    }

    private static string Escape(string cell) => cell.Replace("|", "\\|");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LeakGuard.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LeakGuard.sln not found above " + AppContext.BaseDirectory);
    }
}
