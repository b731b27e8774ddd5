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

    /// <summary>Wraps class members in a class, with the usings and helper types the member snippets use.</summary>
    public static string InClass(string members) => $$"""
        using System;
        using System.Collections.Generic;

        class C
        {
            {{members}}
        }

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

    public static AnalyzerTest ForMembers(string members, string key, SecretScanner? scanner = null) =>
        new(InClass(members.Replace("@@", key, System.StringComparison.Ordinal)), scanner);

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
        new DiagnosticAnalyzer[] { new LG0001HardcodedSecretAnalyzer(Scanner), new LG0002SecretInConfigFileAnalyzer(Scanner) };
}
