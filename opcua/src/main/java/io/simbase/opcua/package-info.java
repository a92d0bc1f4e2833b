/**
 * The plant's tags as an OPC UA server (Eclipse Milo): a {@code Plant} folder of one variable
 * per scene tag, writes that enter the plant as inputs between steps, subscriptions fed from
 * the step's tag changes, and the server's certificate and trust list under the data folder.
 *
 * <p>Threads: the stepping thread only records changes into {@link io.simbase.opcua.ChangePump}
 * (allocation-free); one pump thread per plant turns them into OPC UA values; Milo's own
 * threads serve reads, writes and publishing. Values are engineering units of each tag.
 */
package io.simbase.opcua;
