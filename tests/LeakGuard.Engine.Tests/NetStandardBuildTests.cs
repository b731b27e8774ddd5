using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using CsCheck;
using LeakGuard.Engine.Tests.Catalog;
using Xunit;

namespace LeakGuard.Engine.Tests;

/// <summary>
/// The analyzer runs the engine's netstandard2.0 build (inside the compiler, on its backtracking regex engine); the
/// command line runs the net10.0 build (on spans, with non-backtracking patterns). Both find the same secrets, field for
/// field, in every catalog sample and in random text: the analyzer and the command line agree.
/// </summary>
public class NetStandardBuildTests
{
    // Both builds get a pattern time far beyond any match's, so that a busy machine (the test projects run side by side on
    // two cores) cannot time out a pattern in one build and not in the other: the builds' logic is compared, not their speed.
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(30);

    private static readonly Lazy<(Assembly Assembly, object Scanner, MethodInfo Scan)> NetStandard = new(Load);

    private static readonly SecretScanner Modern = new(BuiltInRules.All, RegexTimeout);

    [Fact]
    public void The_build_compared_is_the_netstandard_one()
    {
        Assert.Equal(".NETStandard,Version=v2.0", TargetFrameworkOf(NetStandard.Value.Assembly));
        Assert.Equal(".NETCoreApp,Version=v10.0", TargetFrameworkOf(typeof(SecretScanner).Assembly));
    }

    [Fact]
    public void Every_catalog_sample_gives_the_same_findings()
    {
        var disagreements = SampleCatalog.All
            .Select(sample => (Sample: sample, NetStandard: Describe(ScanNetStandard(sample.Text, sample.Context)), Modern: Describe(Modern.Scan(sample.Text, sample.Context))))
            .Where(x => !x.NetStandard.SequenceEqual(x.Modern))
            .Select(x => $"{x.Sample.RuleId}: {x.Sample.Description}: netstandard2.0 [{string.Join("; ", x.NetStandard)}], net10.0 [{string.Join("; ", x.Modern)}]")
            .ToList();

        Assert.True(SampleCatalog.All.Count > 500);
        Assert.Empty(disagreements);
    }

    [Fact]
    public void Random_and_mutated_text_gives_the_same_findings() =>
        Gen.OneOf(
                Gen.String[Gen.Char, 0, 500],
                Gen.Select(Gen.Int[0, SampleCatalog.All.Count - 1], Gen.String[Gen.Char["abc =:\"'%+/_-\n0123XYZ"], 0, 30], Gen.Int[0, 400])
                    .Select((index, noise, at) =>
                    {
                        var text = SampleCatalog.All[index].Text;
                        return text.Insert(Math.Min(at, text.Length), noise);
                    }))
            .Sample(text => Assert.Equal(Describe(Modern.Scan(text)), Describe(ScanNetStandard(text, null))), iter: 1_000);

    private static object ScanNetStandard(string text, string? context) => NetStandard.Value.Scan.Invoke(NetStandard.Value.Scanner, [text, context])!;

    /// <summary>Loads the netstandard2.0 build on its own, beside the net10.0 one; its dependencies come from the tests' folder.</summary>
    private static (Assembly, object, MethodInfo) Load()
    {
        var assembly = new AssemblyLoadContext("netstandard2.0 engine").LoadFromAssemblyPath(Path.Combine(AppContext.BaseDirectory, "netstandard2.0", "LeakGuard.Engine.dll"));
        var scannerType = assembly.GetType(typeof(SecretScanner).FullName!, throwOnError: true)!;
        var rules = assembly.GetType(typeof(BuiltInRules).FullName!, throwOnError: true)!.GetProperty(nameof(BuiltInRules.All))!.GetValue(null)!;
        var scanner = Activator.CreateInstance(scannerType, rules, RegexTimeout)!;
        return (assembly, scanner, scannerType.GetMethod(nameof(SecretScanner.Scan), [typeof(string), typeof(string)])!);
    }

    private static string TargetFrameworkOf(Assembly assembly) =>
        assembly.GetCustomAttributesData().Single(a => a.AttributeType.Name == "TargetFrameworkAttribute").ConstructorArguments[0].Value!.ToString()!;

    /// <summary>A scan result of either build, as text: each finding's rule, place, secret and how it was found, and the warnings.</summary>
    private static List<string> Describe(object result)
    {
        var described = new List<string>();
        foreach (dynamic finding in (System.Collections.IEnumerable)Property(result, "Findings"))
        {
            described.Add($"{finding.Rule.Id} {finding.Start} {finding.Length} {finding.Secret} {finding.IsVerified} {finding.DecodedFrom}");
        }

        described.AddRange(((IEnumerable<string>)Property(result, "Warnings")).Select(w => "warning: " + w));
        return described;
    }

    private static object Property(object target, string name) => target.GetType().GetProperty(name)!.GetValue(target)!;
}
