using System;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;

namespace LeakGuard.Cli.Sources.Objects;

/// <summary>
/// Works through items one at a time, in the order they were posted, on a thread of its own; the queue is bounded, so
/// a fast producer waits. A failure stops the work and is thrown, as it was, to the producer's next call.
/// </summary>
internal sealed class SerialWorker<T> : IDisposable
{
    private readonly BlockingCollection<T> queue;
    private Task task = Task.CompletedTask;
    private Exception? failure;

    public SerialWorker(int capacity)
    {
        queue = new BlockingCollection<T>(capacity);
    }

    /// <summary>Starts working through what is and will be posted with <paramref name="work"/>.</summary>
    public void Start(Action<T> work)
    {
        task = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    foreach (var item in queue.GetConsumingEnumerable())
                    {
                        work(item);
                    }
                }
                catch (Exception e)
                {
                    failure = e;
                    queue.CompleteAdding();
                }
            },
            TaskCreationOptions.LongRunning);
    }

    /// <summary>How many posted items wait to be worked on.</summary>
    public int Pending => queue.Count;

    public void Post(T item)
    {
        try
        {
            queue.Add(item);
        }
        catch (InvalidOperationException) when (failure is not null)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    /// <summary>Waits until every posted item is done; throws what stopped the work, if anything did.</summary>
    public void Complete()
    {
        if (!queue.IsAddingCompleted)
        {
            queue.CompleteAdding();
        }

        task.Wait();
        if (failure is not null)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    public void Dispose()
    {
        if (!queue.IsAddingCompleted)
        {
            queue.CompleteAdding();
        }

        task.Wait();
        queue.Dispose();
    }
}
