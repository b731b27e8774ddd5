using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class TodoistRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 40, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("todoist-api-token", Key, "TODOIST_API_TOKEN")
        .FindsIn("todoist-api-token", "the Python client", $"api = TodoistAPI(\"{Key}\")", Key)
        .Ignores("todoist-api-token", "a commit id", $"todoist_version: {Key[..39]}");
}
