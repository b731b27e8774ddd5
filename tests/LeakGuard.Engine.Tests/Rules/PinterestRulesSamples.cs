using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class PinterestRulesSamples
{
    private static readonly string Key = FakeKey.Of("pina", "_", FakeKey.Random(FakeKey.UrlSafe, 120, 18));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("pinterest-access-token", Key, "PINTEREST_ACCESS_TOKEN")
        .Ignores("pinterest-access-token", "an identifier", "pina_colada_recipe_ingredients_list_for_the_summer_party = []");
}
