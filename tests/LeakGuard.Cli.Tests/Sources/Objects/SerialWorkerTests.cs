using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LeakGuard.Cli.Sources.Objects;
using Xunit;

namespace LeakGuard.Cli.Tests.Sources.Objects;

/// <summary>Work handed to another thread is done in order, and its failure reaches the producer as it was.</summary>
public sealed class SerialWorkerTests
{
    [Fact]
    public void Items_are_worked_through_in_the_order_posted()
    {
        var done = new List<int>();
        using var worker = new SerialWorker<int>(capacity: 4);
        worker.Start(done.Add);

        foreach (var item in Enumerable.Range(0, 1_000))
        {
            worker.Post(item);
        }

        worker.Complete();
        Assert.Equal(Enumerable.Range(0, 1_000), done);
    }

    [Fact]
    public void A_failure_is_thrown_to_the_producer_with_its_own_type()
    {
        using var worker = new SerialWorker<int>(capacity: 1);
        using var failed = new ManualResetEventSlim();
        worker.Start(item =>
        {
            if (item == 3)
            {
                failed.Set();
                throw new FormatException("malformed tree entry");
            }
        });

        for (var item = 0; item <= 3; item++)
        {
            worker.Post(item);
        }

        failed.Wait(TimeSpan.FromSeconds(30));
        var thrown = Record.Exception(() =>
        {
            for (var item = 4; item < 100; item++)
            {
                worker.Post(item);
            }

            worker.Complete();
        });

        Assert.IsType<FormatException>(thrown);
        Assert.Equal("malformed tree entry", thrown.Message);
    }
}
