using System.Linq;
using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests;

public class PlaceholdersTests
{
    public static TheoryData<string> Placeholders => new()
    {
        "sk-xxxxxxxxxxxxxxxxxxxx",
        "sk-your-key-here",
        "<OPENAI_API_KEY>",
        "<your password>",
        "Pass<db password>word",
        "<YOUR_API_KEY",
        "&lt;password&gt;",
        "AKIAIOSFODNN7" + "EXAMPLE",
        "${OPENAI_API_KEY}",
        "{{ secrets.OPENAI_API_KEY }}",
        "$(ApiKey)",
        "sk-REDACTED",
        "sk-****************",
        "aaaaaaaaaaaaaaaaaaaa",
        "abcdefghijklmnop0000",
        "sk-1234567890",
        "hooks/catch/123456/Kq2xLm9T/",
        "sk-proj-1234567890abcdefXy7Qz",
        "zyxwvu98765",
        "changeme-changeme",
        "change-me-in-production-2024",
        "sk-proj-\u2026",
        "sk-proj-\\u2026",
        "dummy-api-key-0001",
        "sk-paste-your-key",
        "sk-proj-TODO",
        "a123b45c6d78e9f0" + "12a34cd5e6a7890b12c3d45e6f78a1b234c56d7e890a1234",
        "1a2b3c4d5e6f7a8b" + "9c0d1e2f3a4b5c6d",
        "deadbeef",
        "DEADBEEF" + "deadbeef" + "DEADBEEF" + "deadbeef",
        "cafebabe",
        "sk_live_51HxQz8Kp...",
        "#{JwtSigningKey}#",
        "__REDIS_PASSWORD__",
        "__Api.Key-2__",
        "generate-with-openssl-rand-base64-32",
        "run: openssl rand -hex 32",
        "ENC[AES256_GCM,data:y/uHdLF6ZPq2yXsIE2N4x3Ti,iv:ZM5JPc12ZdH9vRO1ghdRbysRNrngisrYmbOMDu/yeqU,tag:oybtH2WMMyK/OufmNS10nA==,type:str]",
    };

    [Theory]
    [MemberData(nameof(Placeholders))]
    public void Recognises_a_placeholder(string value)
    {
        Assert.True(LeakGuard.Engine.Placeholders.IsPlaceholder(value));
    }

    [Fact]
    public void Does_not_take_random_keys_for_placeholders()
    {
        var keys = Enumerable.Range(1, 1000).SelectMany(seed => new[]
        {
            TestKeys.OpenAi(seed), TestKeys.OpenAiProject(seed), TestKeys.Anthropic(seed), TestKeys.GoogleApiKey(seed),
            TestKeys.Xai(seed), TestKeys.AzureStorageKey(seed),
        });

        Assert.DoesNotContain(keys, LeakGuard.Engine.Placeholders.IsPlaceholder);
    }

    [Theory]
    [InlineData(">")]
    [InlineData("<")]
    [InlineData(">:Gc-U>")]
    [InlineData("<:Gc-U<")]
    [InlineData(">Gc<")]
    public void Does_not_take_a_password_of_symbols_with_a_lone_angle_bracket_for_a_placeholder(string brackets)
    {
        var password = FakeKey.Of("FgBGa)", brackets, "#gL@~1");

        Assert.False(LeakGuard.Engine.Placeholders.IsPlaceholder(password));
    }

    [Fact]
    public void A_counted_run_inside_a_long_made_up_secret_is_part_of_it_but_not_of_a_generated_key()
    {
        var secret = FakeKey.Of("LocalKart@2026SecretKeyFor", "JWTTokenGenerationAndValidation", "123456789", "UpdatedVersionSecureKey");

        Assert.False(LeakGuard.Engine.Placeholders.IsPlaceholder(secret, madeByPeople: true));
        Assert.True(LeakGuard.Engine.Placeholders.IsPlaceholder(FakeKey.Of("sk-", "abcdef", FakeKey.Random(FakeKey.Base62, 42, 8))));
    }

    [Theory]
    [InlineData("__")]
    [InlineData("__a__b")]
    [InlineData("__key__value__with space")]
    [InlineData("__K3y/9+__")]
    public void Does_not_take_underscores_around_other_text_for_a_token_to_replace(string value)
    {
        Assert.False(LeakGuard.Engine.Placeholders.IsPlaceholder(value));
    }

    [Fact]
    public void An_empty_value_is_no_placeholder()
    {
        Assert.False(LeakGuard.Engine.Placeholders.IsPlaceholder(string.Empty));
    }

    [Fact]
    public void Does_not_take_random_hex_for_counted_out_values()
    {
        var values = Enumerable.Range(1, 20000).Select(seed => FakeKey.Random(FakeKey.Hex, 32, seed));

        Assert.DoesNotContain(values, LeakGuard.Engine.Placeholders.IsPlaceholder);
    }

    [Theory]
    [InlineData("AgAAAAAAAAAAAA")]
    [InlineData("EOz////////////////////w")]
    [InlineData("0x4AAAAAAA")]
    public void Runs_alone_are_no_placeholder_word(string run)
    {
        var value = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 20, 1), run, FakeKey.Random(FakeKey.Base62, 20, 2));

        Assert.True(LeakGuard.Engine.Placeholders.IsPlaceholder(value));
        Assert.False(LeakGuard.Engine.Placeholders.HasPlaceholderWord(value));
    }

    [Theory]
    [InlineData("wEXAMPLEtMSJ")]
    [InlineData("xxxxxxxx")]
    [InlineData("your_token")]
    public void Finds_a_placeholder_word_among_runs(string word)
    {
        var value = FakeKey.Of("IQoJb3JpZ2luX2VjEOz", "////////////////////", word, FakeKey.Random(FakeKey.Base64, 40, 3));

        Assert.True(LeakGuard.Engine.Placeholders.HasPlaceholderWord(value));
    }
}
