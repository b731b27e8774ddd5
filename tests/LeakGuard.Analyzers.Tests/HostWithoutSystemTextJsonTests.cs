using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using LeakGuard.Tests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace LeakGuard.Analyzers.Tests;

/// <summary>
/// The TOML reader needs System.Text.Json 10, which a compiler host may lack: a .NET Framework MSBuild (Visual Studio,
/// desktop CI agents) or an older SDK. The analyzers are loaded here, with the compiler, into a load context that
/// refuses that assembly as such a host does; a leakguard.toml then gives LG0004, the built-in rules still run, and
/// nothing throws.
/// </summary>
public class HostWithoutSystemTextJsonTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void A_configuration_file_is_LG0004_and_the_built_in_rules_still_run(int compilations)
    {
        var host = new HostWithoutSystemTextJson();
        var driver = host.LoadFromAssemblyPath(typeof(HostWithoutSystemTextJsonTests).Assembly.Location).GetType(typeof(Driver).FullName!)!;
        var key = TestKeys.OpenAi();
        var source = $"class C {{ const string Key = \"{key}\"; }}";

        // The host keeps its load context from one compilation to the next, as an IDE or a build server does: a type
        // that failed to initialise for want of the assembly fails differently the next time.
        var results = Array.Empty<string>();
        for (var i = 0; i < compilations; i++)
        {
            results = (string[])driver.GetMethod(nameof(Driver.Analyze))!.Invoke(null, new object[] { "[allowlist]\nstopwords = [\"example\"]\n", source })!;
        }

        Assert.DoesNotContain(results, r => r.StartsWith("AD0001", StringComparison.Ordinal) || r.StartsWith("exception", StringComparison.Ordinal));
        Assert.Contains(results, r => r.StartsWith("LG0001", StringComparison.Ordinal));
        var configuration = Assert.Single(results, r => r.StartsWith("LG0004", StringComparison.Ordinal));
        Assert.Contains("cannot load System.Text.Json, Version=10", configuration, StringComparison.Ordinal);
        Assert.True(host.Refused > 0, "the load context never refused System.Text.Json: the test did not test anything");
    }

    /// <summary>Runs in the load context: compiles one file with the analyzers and a leakguard.toml, and lists what they report.</summary>
    public static class Driver
    {
        public static string[] Analyze(string toml, string source)
        {
            var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
            var references = platform
                .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll")
                .Select(p => MetadataReference.CreateFromFile(p));
            var compilation = CSharpCompilation.Create(
                "Test",
                new[] { CSharpSyntaxTree.ParseText(source, path: "/0/Test.cs") },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var exceptions = new ConcurrentQueue<string>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new Toml(toml))),
                (exception, _, _) => exceptions.Enqueue("exception " + exception.GetType().Name + ": " + exception.Message),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false);
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new LG0001HardcodedSecretAnalyzer(), new LG0002SecretInConfigFileAnalyzer());
            var diagnostics = compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            return diagnostics.Select(d => d.Id + ": " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Concat(exceptions).ToArray();
        }

        private sealed class Toml(string text) : AdditionalText
        {
            public override string Path => "/0/leakguard.toml";

            public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
        }
    }

    /// <summary>Loads the test's own copies of the compiler and the analyzers, and refuses System.Text.Json 10.</summary>
    private sealed class HostWithoutSystemTextJson : AssemblyLoadContext
    {
        private readonly HashSet<string> local = new(
            Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll").Select(Path.GetFileNameWithoutExtension)!,
            StringComparer.OrdinalIgnoreCase);

        public HostWithoutSystemTextJson()
            : base(nameof(HostWithoutSystemTextJson))
        {
        }

        public int Refused { get; private set; }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (assemblyName.Name == "System.Text.Json" && assemblyName.Version?.Major >= 10)
            {
                Refused++;
                throw new FileNotFoundException($"Could not load file or assembly '{assemblyName}'.", assemblyName.FullName);
            }

            return local.Contains(assemblyName.Name!) ? LoadFromAssemblyPath(Path.Combine(AppContext.BaseDirectory, assemblyName.Name + ".dll")) : null;
        }
    }
}
