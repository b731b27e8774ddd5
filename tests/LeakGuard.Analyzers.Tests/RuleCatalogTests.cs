using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace LeakGuard.Analyzers.Tests;

/// <summary>Keeps ids, descriptors, docs, release tracking and translations in step.</summary>
public class RuleCatalogTests
{
    internal static readonly string Root = FindRoot();

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in Ids())
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_id_has_a_descriptor_a_docs_page_and_a_release_entry(string id)
    {
        var descriptor = Assert.Single(Descriptors(), d => d.Id == id);

        Assert.Equal($"https://github.com/leakguard/leakguard/blob/main/docs/rules/{id}.md", descriptor.HelpLinkUri);
        Assert.True(File.Exists(Path.Combine(Root, "docs", "rules", id + ".md")), $"docs/rules/{id}.md is missing");
        var unshipped = File.ReadAllLines(Path.Combine(Root, "analyzers", "LeakGuard.Analyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains(unshipped, line => line.StartsWith(id + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_descriptor_has_a_known_id_and_a_help_link_to_an_existing_page()
    {
        var ids = Ids().ToHashSet();
        foreach (var descriptor in Descriptors())
        {
            Assert.Contains(descriptor.Id, ids);
            var page = descriptor.HelpLinkUri.Replace("https://github.com/leakguard/leakguard/blob/main/", string.Empty, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(Root, page)), $"{descriptor.HelpLinkUri} points to no file");
            Assert.Equal("Security", descriptor.Category);
        }
    }

    [Fact]
    public void Every_docs_page_has_the_same_sections()
    {
        string[] sections = { "## What it finds", "## Why it matters", "## How to fix", "## How to configure", "## How to suppress", "## Generated code" };
        foreach (var id in Ids())
        {
            var page = File.ReadAllText(Path.Combine(Root, "docs", "rules", id + ".md"));
            Assert.StartsWith("# " + id + ":", page, StringComparison.Ordinal);
            Assert.All(sections, section => Assert.Contains(section, page, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_string_is_translated_with_the_same_placeholders()
    {
        var folder = Path.Combine(Root, "analyzers", "LeakGuard.Analyzers");
        var english = ReadResx(Path.Combine(folder, "Resources.resx"));
        var japanese = ReadResx(Path.Combine(folder, "Resources.ja.resx"));

        Assert.Equal(english.Keys.Order(), japanese.Keys.Order());
        foreach (var (name, text) in english)
        {
            Assert.Equal(Placeholders(text), Placeholders(japanese[name]));
        }

        Assert.All(Ids(), id => Assert.Contains(id + "MessageFormat", english.Keys));
    }

    private static IEnumerable<string> Ids() =>
        typeof(RuleIdentifiers).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!);

    private static IEnumerable<DiagnosticDescriptor> Descriptors() =>
        typeof(RuleIdentifiers).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(DiagnosticAnalyzer)) && !t.IsAbstract)
            .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
            .Distinct();

    private static Dictionary<string, string> ReadResx(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(e => (string)e.Attribute("name")!, e => (string)e.Element("value")!);

    private static string Placeholders(string text) =>
        string.Join(",", Enumerable.Range(0, 5).Where(i => text.Contains("{" + i + "}", StringComparison.Ordinal)));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LeakGuard.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("LeakGuard.sln not found above " + AppContext.BaseDirectory);
    }
}
