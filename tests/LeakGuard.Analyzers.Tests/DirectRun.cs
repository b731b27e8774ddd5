using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using LeakGuard.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LeakGuard.Analyzers.Tests;

/// <summary>Runs the analyzers through <see cref="CompilationWithAnalyzers"/> and fails on any analyzer exception.</summary>
internal static class DirectRun
{
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source, SecretScanner? scanner = null)
    {
        var compilation = await CompileAsync(source);
        var exceptions = new ConcurrentQueue<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, _, _) => exceptions.Enqueue(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
            new LG0001HardcodedSecretAnalyzer(scanner ?? SecretScanner.Default),
            new LG0002SecretInConfigFileAnalyzer(scanner ?? SecretScanner.Default));
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();

        if (!exceptions.IsEmpty)
        {
            throw new AggregateException("The analyzer threw.", exceptions);
        }

        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }

    /// <summary>
    /// Whether the compiler the tests run (the oldest one the package supports) gets through the source on its own.
    /// It does not always: Roslyn 4.8 throws while listing the syntax errors of some broken interpolated strings
    /// mixed with <c>#if</c>, and a host that crashes never runs an analyzer, so there is no analyzer behaviour to check.
    /// </summary>
    public static bool CompilerGetsThrough(string source)
    {
        try
        {
            CompileAsync(source).GetAwaiter().GetResult().GetDiagnostics();
            return true;
        }
        catch (AggregateException)
        {
            return false;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private static async Task<CSharpCompilation> CompileAsync(string source)
    {
        var references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        return CSharpCompilation.Create(
            "Test",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "/0/Test.cs") },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }
}
