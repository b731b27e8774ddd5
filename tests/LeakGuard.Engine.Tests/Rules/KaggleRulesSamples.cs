using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class KaggleRulesSamples
{
    private static readonly string Key = FakeKey.Of("KGAT", "_", FakeKey.Random(FakeKey.Hex, 32, 8));

    private static readonly string Legacy = FakeKey.Random(FakeKey.Hex, 32, 9);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("kaggle-api-token", Key, "KAGGLE_API_TOKEN")
        .FindsIn("kaggle-json-key", "kaggle.json", $"{{\"username\":\"someone\",\"key\":\"{Legacy}\"}}", Legacy)
        .Ignores("kaggle-api-token", "an upper-case tail", $"token: KGAT_{FakeKey.Random("ABCDEF0123456789", 32, 10)}")
        .Ignores("kaggle-json-key", "an object that is not kaggle.json", $"{{\"username\":\"someone\",\"hash\":\"{Legacy}\"}}")
        .FindsIn("kaggle-env-key", "KAGGLE_KEY set in a notebook", $"os.environ['KAGGLE_USERNAME'] = 'team'\nos.environ['KAGGLE_KEY'] = '{Legacy}'\n", Legacy)
        .Ignores("kaggle-env-key", "the key read from a secret store", "os.environ['KAGGLE_KEY'] = user_secrets.get_secret('kaggle_key')");
}
