using System.Collections.Generic;
using LeakGuard.Engine;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace LeakGuard.Analyzers.Tests;

/// <summary>Runs both LeakGuard analyzers on .NET 8 reference assemblies restored with the project (no download at test time).</summary>
internal sealed class AnalyzerTest : CSharpAnalyzerTest<LG0001HardcodedSecretAnalyzer, DefaultVerifier>
{
    public AnalyzerTest(string source, SecretScanner? scanner = null)
    {
        Scanner = scanner ?? SecretScanner.Default;
        TestCode = source;
        ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
        // C# sources here use $$ raw interpolated strings; they are code, not caret markers.
        MarkupOptions = MarkupOptions.TreatPositionIndicatorsAsCode;
    }

    public SecretScanner Scanner { get; }

    /// <summary>
    /// The helper types the member snippets use, in a file of their own: their names ("azureKey") would otherwise stand
    /// near the snippets' literals and give every context-gated key its context.
    /// </summary>
    private const string Helpers = """
        using System;

        class Settings
        {
            public Settings() { }
            public Settings(string azureKey) { AzureKey = azureKey; }
            public string AzureKey { get; set; } = "";
            public static void Connect(string azureKey) { }
        }

        class MyAttribute : Attribute
        {
            public string AzureKey { get; set; } = "";
        }
        """;

    /// <summary>Wraps class members in a class, with the usings and, in a second file, the helper types the snippets use.</summary>
    public static AnalyzerTest ForMembers(string members, string key, SecretScanner? scanner = null)
    {
        var test = new AnalyzerTest(
            $$"""
            using System;
            using System.Collections.Generic;

            class C
            {
                {{members.Replace("@@", key, System.StringComparison.Ordinal)}}
            }
            """,
            scanner);
        test.TestState.Sources.Add(("Helpers.cs", Helpers));
        return test;
    }

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
        new DiagnosticAnalyzer[] { new LG0001HardcodedSecretAnalyzer(Scanner), new LG0002SecretInConfigFileAnalyzer(Scanner) };
}
