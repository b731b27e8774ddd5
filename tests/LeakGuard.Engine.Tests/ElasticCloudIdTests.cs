using LeakGuard.Tests;
using Xunit;

namespace LeakGuard.Engine.Tests;

public class ElasticCloudIdTests
{
    [Theory]
    [InlineData("eastus2.azure.elastic-cloud.com:443$", true)]
    [InlineData("us-central1.gcp.cloud.es.io$", true)]
    [InlineData("key=", false)]
    [InlineData("price: $", false)]
    [InlineData("$", false)]
    public void Tells_a_deployment_id_after_its_host(string before, bool expected)
    {
        var text = before + TestKeys.Hex32(5);

        Assert.Equal(expected, ElasticCloudId.Holds(text, before.Length, 32));
    }

    [Fact]
    public void Tells_the_second_id_after_the_first()
    {
        var text = FakeKey.Of("westeurope.azure.elastic-cloud.com$", TestKeys.Hex32(6), "$", TestKeys.Hex32(7));

        Assert.True(ElasticCloudId.Holds(text, text.Length - 32, 32));
    }
}
