using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ClearMlRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Base62, 50, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("clearml-secret-key", Key, "CLEARML_API_SECRET_KEY")
        .FindsIn("clearml-secret-key", "clearml.conf", $"api {{\n    web_server: https://app.clear.ml\n    api_server: https://api.clear.ml\n    credentials {{\n        \"secret_key\" = \"{Key}\"\n    }}\n}}", Key)
        .Ignores("clearml-secret-key", "not under a secret key's name", $"clearml: {Key}");
}
