using System.Threading.Tasks;
using LeakGuard.Analyzers;
using LeakGuard.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.Extensions.Configuration;

namespace LeakGuard.CodeFixes.Tests;

/// <summary>Runs the LG0001 fix through the Roslyn testing library, which also checks Fix All and that the fixed code compiles.</summary>
internal static class Verify
{
    public const string EnvironmentVariable = "LG0001.ReadFromEnvironmentVariable";
    public const string Configuration = "LG0001.ReadFromConfiguration";

    public static Task FixAsync(string source, string fixedSource, string equivalenceKey, int diagnostics = 1)
    {
        var test = Create();
        test.TestCode = source;
        test.FixedCode = fixedSource;
        test.CodeActionEquivalenceKey = equivalenceKey;
        test.NumberOfIncrementalIterations = diagnostics;
        test.NumberOfFixAllIterations = 1;
        return test.RunAsync();
    }

    /// <summary>The diagnostic is reported and no action (or none with <paramref name="equivalenceKey"/>) changes the code.</summary>
    public static Task NoFixAsync(string source, string? equivalenceKey = null)
    {
        var test = Create();
        test.TestCode = source;
        test.FixedCode = source;
        test.CodeActionEquivalenceKey = equivalenceKey;
        return test.RunAsync();
    }

    public static CSharpCodeFixTest<LG0001HardcodedSecretAnalyzer, LG0001HardcodedSecretCodeFixProvider, DefaultVerifier> Create()
    {
        var test = new CSharpCodeFixTest<LG0001HardcodedSecretAnalyzer, LG0001HardcodedSecretCodeFixProvider, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,

            // Sources use $$ raw interpolated strings; they are code, not caret markers.
            MarkupOptions = MarkupOptions.TreatPositionIndicatorsAsCode,
        };
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(IConfiguration).Assembly.Location));
        return test;
    }
}
