using Registry.Etl.Pipeline.Tables;

namespace Registry.Etl.Pipeline.Tests.Tables;

public sealed class ReadAheadTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Of_GivesEveryItemInOrder(int depth)
    {
        var random = new Random(depth);
        var delays = Enumerable.Range(0, 300).Select(_ => random.Next(3) == 0).ToArray();
        IEnumerable<int> Source()
        {
            for (var i = 0; i < delays.Length; i++)
            {
                if (delays[i])
                {
                    Thread.Yield();
                }

                yield return i;
            }
        }

        Assert.Equal(Enumerable.Range(0, 300), ReadAhead.Of(Source(), depth));
    }

    [Fact]
    public void Of_RunsTheSourceAheadOnAnotherThread()
    {
        var consumer = Environment.CurrentManagedThreadId;
        var producers = new List<int>();
        using var thirdProduced = new ManualResetEventSlim();
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 5; i++)
            {
                lock (producers)
                {
                    producers.Add(Environment.CurrentManagedThreadId);
                }

                if (i == 2)
                {
                    thirdProduced.Set();
                }

                yield return i;
            }
        }

        using var items = ReadAhead.Of(Source(), 2).GetEnumerator();
        Assert.True(items.MoveNext());
        Assert.Equal(0, items.Current);

        // with the first item taken and two places in the queue, the source goes on to the third without the consumer
        Assert.True(thirdProduced.Wait(TimeSpan.FromSeconds(30)));
        lock (producers)
        {
            Assert.DoesNotContain(consumer, producers);
        }
    }

    [Fact]
    public void Of_SourceFails_TheConsumerGetsTheItemsBeforeThenTheException()
    {
        IEnumerable<int> Source()
        {
            yield return 1;
            yield return 2;
            throw new InvalidDataException("row group 3 is damaged");
        }

        var seen = new List<int>();
        var e = Assert.Throws<InvalidDataException>(() =>
        {
            foreach (var item in ReadAhead.Of(Source(), 1))
            {
                seen.Add(item);
            }
        });
        Assert.Equal("row group 3 is damaged", e.Message);
        Assert.Equal([1, 2], seen);
    }

    [Fact]
    public void Of_ConsumerStopsEarly_TheSourceIsDisposedBeforeTheLoopEnds()
    {
        var disposed = false;
        IEnumerable<int> Source()
        {
            try
            {
                for (var i = 0; ; i++)
                {
                    yield return i;
                }
            }
            finally
            {
                disposed = true;
            }
        }

        foreach (var item in ReadAhead.Of(Source(), 2))
        {
            if (item == 3)
            {
                break;
            }
        }

        Assert.True(disposed);
    }

    [Fact]
    public void Of_DepthBelowOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReadAhead.Of(Enumerable.Range(0, 3), 0));
}
