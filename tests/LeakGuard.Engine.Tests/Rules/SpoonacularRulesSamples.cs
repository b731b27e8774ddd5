using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SpoonacularRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("spoonacular-api-key", Key, "SPOONACULAR_API_KEY")
        .FindsIn("spoonacular-api-key", "a request URL", $"https://api.spoonacular.com/recipes/complexSearch?query=pasta&apiKey={Key}", Key)
        .Ignores("spoonacular-api-key", "no Spoonacular named", $"value: {Key}");
}
