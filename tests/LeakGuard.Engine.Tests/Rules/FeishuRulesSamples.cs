using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class FeishuRulesSamples
{
    private static readonly string Key = FakeKey.Of("https://open.feishu.cn/open-apis/bot/v2", "/hook/", TestKeys.Uuid(79));

    private static readonly string AppSecret = FakeKey.Random(FakeKey.Base62, 32, 80);

    private static readonly string AppId = FakeKey.Of("cli", "_", FakeKey.Random(FakeKey.Hex, 16, 81));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("feishu-webhook-url", "an alerting configuration", $"webhook_url: {Key}\n", Key)
        .Ignores("feishu-webhook-url", "a placeholder", "webhook_url: https://open.feishu.cn/open-apis/bot/v2/hook/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx")
        .Finds("feishu-app-secret", AppSecret, "FEISHU_APP_SECRET")
        .Ignores("feishu-app-secret", "a CLI's public client id, typed by its prefix", $"var ISSUER = new URL(\"https://lark.example.test\"), CLI_CLIENT_ID = \"cl_{AppSecret}\";")
        .FindsIn("feishu-app-secret", "lark-oapi's client builder", $"client = lark.Client.builder() \\\n    .app_id(\"{AppId}\") \\\n    .app_secret(\"{AppSecret}\") \\\n    .build()", AppSecret)
        .FindsIn("feishu-app-secret", "a bot's settings", $"\"lark\": {{\n  \"appId\": \"{AppId}\",\n  \"appSecret\": \"{AppSecret}\"\n}}", AppSecret)
        .Ignores("feishu-app-secret", "letters only beside an app id", $"app_id = \"{AppId}\"\nlabel = \"{FakeKey.Random(TestKeys.Letters, 32, 82)}\"")
        .Ignores("feishu-app-secret", "no Feishu named", $"\"token\": \"{AppSecret}\"");
}
