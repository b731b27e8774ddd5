using System.Linq;
using System.Text.Json;

namespace LeakGuard.Cli.Tests.Infrastructure;

/// <summary>The fields of one JSON finding that tests assert on.</summary>
internal sealed record JsonFinding(string RuleId, string File, int StartLine, int StartColumn, int EndColumn, string Secret, string? Commit, bool? InHead, int? CommitCount, string? ReachableFrom)
{
    public static JsonFinding From(JsonElement e) => new(
        e.GetProperty("ruleId").GetString()!,
        e.GetProperty("file").GetString()!,
        e.GetProperty("startLine").GetInt32(),
        e.GetProperty("startColumn").GetInt32(),
        e.GetProperty("endColumn").GetInt32(),
        e.GetProperty("secret").GetString()!,
        e.TryGetProperty("commit", out var commit) ? commit.GetString() : null,
        e.TryGetProperty("inHead", out var inHead) ? inHead.GetBoolean() : null,
        e.TryGetProperty("commitCount", out var count) ? count.GetInt32() : null,
        e.TryGetProperty("reachableFrom", out var reach) && reach.ValueKind == JsonValueKind.Object ? Describe(reach) : null);

    /// <summary>"head=True branches=a,b tags=v1": one string, so a test compares all three at once.</summary>
    private static string Describe(JsonElement reach) =>
        $"head={reach.GetProperty("head").GetBoolean()} " +
        $"branches={string.Join(',', reach.GetProperty("branches").EnumerateArray().Select(b => b.GetString()))} " +
        $"tags={string.Join(',', reach.GetProperty("tags").EnumerateArray().Select(t => t.GetString()))}";
}
