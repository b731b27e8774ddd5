using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using LeakGuard.Engine;

// Scans a folder's text with every rule, then with each rule alone, and lists the rules whose scan costs most above the
// median single rule: each scan pays the keyword pass, so what stands out is a rule whose keywords are common words or
// whose pattern is slow where they occur. Usage: RuleCost FOLDER [TOP] [MAX-MEGABYTES]
if (args.Length is < 1 or > 3 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: RuleCost FOLDER [TOP] [MAX-MEGABYTES]");
    return 2;
}

var top = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15;
var budget = (args.Length > 2 ? long.Parse(args[2], CultureInfo.InvariantCulture) : 5) * 1_000_000;
var texts = new List<string>();
long size = 0;
foreach (var path in Directory.EnumerateFiles(args[0], "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
{
    if (path.Contains("/.git/", StringComparison.Ordinal) || size >= budget)
    {
        continue;
    }

    var text = File.ReadAllText(path);
    if (text.AsSpan(0, Math.Min(text.Length, 8000)).IndexOf('\0') < 0)
    {
        texts.Add(text);
        size += text.Length;
    }
}

// The first pass, timed apart: it compiles the patterns and builds the states of their automatons, which the later
// passes reuse as a long scan does. A short scan (a pre-commit check, one file in an editor) pays the first pass only.
(double First, double Warm) Time(SecretScanner scanner)
{
    var cold = Stopwatch.StartNew();
    foreach (var text in texts)
    {
        scanner.Scan(text);
    }

    var first = cold.Elapsed.TotalMilliseconds;

    // Each scanner is a quarter of a megabyte of tables: collected here, not during the passes that are timed. The
    // fastest of three passes is the one the machine disturbed least.
    GC.Collect();
    GC.WaitForPendingFinalizers();
    var fastest = double.MaxValue;
    for (var pass = 0; pass < 3; pass++)
    {
        var clock = Stopwatch.StartNew();
        foreach (var text in texts)
        {
            scanner.Scan(text);
        }

        fastest = Math.Min(fastest, clock.Elapsed.TotalMilliseconds);
    }

    return (first, fastest);
}

var all = Time(SecretScanner.Default);
Console.WriteLine($"{texts.Count} files, {size / 1e6:F1} M characters; all {BuiltInRules.All.Count} rules together: {all.Warm:F0} ms, the first pass {all.First:F0} ms");
var costs = BuiltInRules.All.Select(rule => (rule.Id, Ms: Time(new SecretScanner(new[] { rule })))).ToArray();
List("warm passes", costs.Select(c => (c.Id, c.Ms.Warm)).ToArray());
List("the first pass (compiling the pattern and building its automaton's states)", costs.Select(c => (c.Id, c.Ms.First)).ToArray());
return 0;

void List(string what, (string Id, double Ms)[] costs)
{
    var median = costs.Select(c => c.Ms).Order().ElementAt(costs.Length / 2);
    Console.WriteLine();
    Console.WriteLine($"{what}; one rule alone, median: {median:F0} ms (the keyword pass and the decoding every scan makes)");
    Console.WriteLine($"{"rule",-40} {"ms",8} {"above median",13}");
    foreach (var (id, ms) in costs.OrderByDescending(c => c.Ms).Take(top))
    {
        Console.WriteLine($"{id,-40} {ms,8:F0} {ms - median,13:F0}");
    }
}
