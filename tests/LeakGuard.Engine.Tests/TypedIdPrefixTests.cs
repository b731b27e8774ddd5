using Xunit;

namespace LeakGuard.Engine.Tests;

public class TypedIdPrefixTests
{
    [Theory]
    [InlineData("id: \"oac_", true)]
    [InlineData("\"cl_", true)]
    [InlineData("prj_", true)]
    [InlineData("acct_", true)]
    [InlineData("x = cus_", true)]
    [InlineData("\"a_", false)]
    [InlineData("\"integration_", false)]
    [InlineData("\"SECRET_", false)]
    [InlineData("app_key_", false)]
    [InlineData("my.oac_", false)]
    [InlineData("token: \"", false)]
    public void Tells_a_typed_id_prefix_before_the_value(string before, bool expected)
    {
        var text = before + "Qx7Lm2Rk9TzW4bN8vP3sYc5d";

        Assert.Equal(expected, TypedIdPrefix.Precedes(text, before.Length));
    }
}
