package io.simbase.plc;

/**
 * The plant's side of the process image: a scan reads every input tag at its start and writes
 * changed output tags at its end. Called on the scanning thread; implementations must not
 * allocate.
 */
public interface ProcessIo {
    /** The value of a tag (by scene index) as the controller sees it. */
    double read(int tag);

    /** Commands an actuator tag; the value is already in the tag's range. */
    void write(int tag, double value);
}
