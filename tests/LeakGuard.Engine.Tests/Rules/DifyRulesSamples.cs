using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class DifyRulesSamples
{
    private static readonly string Key = FakeKey.Of("app", "-", FakeKey.Random(FakeKey.Base62, 24, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("dify-api-key", Key, "DIFY_API_KEY")
        .FindsIn("dify-api-key", "a request to Dify's API", $"headers = {{\"Authorization\": \"Bearer {Key}\"}}\nrequests.post(\"https://api.dify.ai/v1/chat-messages\", headers=headers)", Key)
        .Ignores("dify-api-key", "no Dify context", $"\"name\": \"{Key}\"");
}
